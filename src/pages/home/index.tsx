import { Button, Image, Text, View } from '@tarojs/components'
import { useQueryClient } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { EntryRow } from '@/components/entry-card'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { usePageRefresh } from '@/components/use-page-refresh'
import { meKeys, useMe } from '@/data/auth'
import { useNotices, usePublicStats } from '@/data/home'
import { roots } from '@/data/keys'
import { referenceKeys, useCategories } from '@/data/reference'
import { CategoryGrid, CategoryGridLoading } from '@/features/home/category-grid'
import { CAMERA_ICON } from '@/features/home/category-icons'
import { CommunityStats } from '@/features/home/community-stats'
import { NoticeBanner } from '@/features/home/notice-banner'
import { MallEntry } from '@/features/points/points-entries'
import { CategoryTree } from '@/features/reference/category-tree'
import { reportWithCategory } from '@/features/report/preset'
import { OpenTicketCard } from '@/features/tickets/open-ticket-card'
import { VolunteerEntry } from '@/features/volunteer/volunteer-entry'
import { WorkbenchEntry } from '@/features/workbench/workbench-entry'

const toReport = () => void Taro.switchTab({ url: ROUTES.report })

/**
 * The figures of my community, once it is known who I am (null: still loading). Sections read
 * it on their own: an answer redraws the section it fills, not the whole page.
 */
function useMyStats() {
  const me = useMe()
  return usePublicStats(me.data?.communityId ?? null, !me.isPending)
}

function Notices() {
  const notices = useNotices()
  return <NoticeBanner notices={notices.isPending ? undefined : (notices.data?.items ?? [])} />
}

function Hero() {
  const me = useMe()
  return (
    <View className='hero'>
      <Text className='hero__title'>随手拍</Text>
      {/* the greeting has a line of its own: the name arriving does not rewrap what follows */}
      <Text className='hero__sub'>{me.data ? `${me.data.nickname}，您好！` : '您好！'}</Text>
      <Text className='hero__sub hero__sub--next'>看到身边的问题，拍一拍，我们来处理。</Text>
      <Button className='camera-button' aria-label='随手拍，拍照上报问题' onClick={toReport}>
        <Image className='camera-button__icon' src={CAMERA_ICON} aria-hidden />
        <Text className='camera-button__text'>随手拍</Text>
      </Button>
    </View>
  )
}

/** what loads after the first paint keeps its room meanwhile: nothing below jumps */
function CommonProblems() {
  const stats = useMyStats()
  if (!stats.isPending && !(stats.data && stats.data.topCategories.length > 0)) return null
  return (
    <View className='section'>
      <Text className='section__title'>常见问题，点一下直接上报</Text>
      {stats.data ? (
        <CategoryGrid top={stats.data.topCategories} onPick={reportWithCategory} onMore={toReport} />
      ) : (
        <CategoryGridLoading />
      )}
    </View>
  )
}

function Figures() {
  const stats = useMyStats()
  if (stats.data) return <CommunityStats stats={stats.data} />
  return stats.isPending ? (
    <View className='card community-stats community-stats--loading' aria-hidden />
  ) : null
}

/** The workbench for grid workers; my open report, the figures, activities and points for residents. */
function ForMe() {
  const me = useMe()
  const resident = me.data && me.data.role !== 'grid_worker'
  return (
    <>
      <WorkbenchEntry role={me.data?.role} />
      {(resident || me.isPending) && <OpenTicketCard />}
      <Figures />
      {/* grid workers have no points or activities: their entries would only fetch a 403 */}
      {resident && (
        <EntryRow>
          <VolunteerEntry />
          <MallEntry />
        </EntryRow>
      )}
    </>
  )
}

function Categories() {
  const categories = useCategories()
  return (
    <View className='section'>
      <Text className='section__title'>可以上报这些问题</Text>
      <QueryState
        isPending={categories.isPending}
        error={categories.error}
        onRetry={() => void categories.refetch()}
        isEmpty={categories.data?.items.length === 0}
        empty='暂时没有可上报的分类'
      >
        <CategoryTree groups={categories.data?.items ?? []} />
      </QueryState>
    </View>
  )
}

/** 首页 as a service hub: notices, the big camera button, common problem types, my open report, the figures. */
export default function HomePage() {
  const qc = useQueryClient()
  usePageRefresh(() =>
    Promise.all(
      [meKeys.all, roots.home, referenceKeys.categories].map((queryKey) =>
        qc.refetchQueries({ queryKey, type: 'active' }),
      ),
    ),
  )

  return (
    <PageShell className='home'>
      <Notices />
      <Hero />
      <CommonProblems />
      <ForMe />
      <View className='card board-entry' onClick={() => void Taro.navigateTo({ url: ROUTES.board })}>
        <Text className='board-entry__title'>附近的问题</Text>
        <Text className='board-entry__sub'>看看邻居们上报了什么，您也遇到了就点“我也遇到”</Text>
        <Text className='board-entry__arrow'>›</Text>
      </View>
      <Categories />
    </PageShell>
  )
}

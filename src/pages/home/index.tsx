import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { EntryRow } from '@/components/entry-card'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { usePageRefresh } from '@/components/use-page-refresh'
import { useMe } from '@/data/auth'
import { useNotices, usePublicStats } from '@/data/home'
import { useCategories } from '@/data/reference'
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

/** 首页 as a service hub: notices, the big camera button, common problem types, my open report, the figures. */
export default function HomePage() {
  const me = useMe()
  const notices = useNotices()
  const categories = useCategories()
  const stats = usePublicStats(me.data?.communityId ?? null)
  const resident = me.data && me.data.role !== 'grid_worker'
  usePageRefresh(() => Promise.all([me.refetch(), notices.refetch(), stats.refetch(), categories.refetch()]))

  return (
    <PageShell className='home'>
      <NoticeBanner notices={notices.isPending ? undefined : (notices.data?.items ?? [])} />
      <View className='hero'>
        <Text className='hero__title'>随手拍</Text>
        <Text className='hero__sub'>
          {me.data ? `${me.data.nickname}，您好！` : '您好！'}看到身边的问题，拍一拍，我们来处理。
        </Text>
        <Button className='camera-button' aria-label='随手拍，拍照上报问题' onClick={toReport}>
          <Image className='camera-button__icon' src={CAMERA_ICON} aria-hidden />
          <Text className='camera-button__text'>随手拍</Text>
        </Button>
      </View>
      {/* what loads after the first paint keeps its room meanwhile: nothing below jumps */}
      {(stats.isPending || (stats.data && stats.data.topCategories.length > 0)) && (
        <View className='section'>
          <Text className='section__title'>常见问题，点一下直接上报</Text>
          {stats.data ? (
            <CategoryGrid top={stats.data.topCategories} onPick={reportWithCategory} onMore={toReport} />
          ) : (
            <CategoryGridLoading />
          )}
        </View>
      )}
      <WorkbenchEntry role={me.data?.role} />
      {(resident || me.isPending) && <OpenTicketCard />}
      {stats.data ? (
        <CommunityStats stats={stats.data} />
      ) : (
        stats.isPending && <View className='card community-stats community-stats--loading' aria-hidden />
      )}
      {/* grid workers have no points or activities: their entries would only fetch a 403 */}
      {resident && (
        <EntryRow>
          <VolunteerEntry />
          <MallEntry />
        </EntryRow>
      )}
      <View className='card board-entry' onClick={() => void Taro.navigateTo({ url: ROUTES.board })}>
        <Text className='board-entry__title'>附近的问题</Text>
        <Text className='board-entry__sub'>看看邻居们上报了什么，您也遇到了就点“我也遇到”</Text>
        <Text className='board-entry__arrow'>›</Text>
      </View>
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
    </PageShell>
  )
}

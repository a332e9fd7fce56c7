import { Button, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useRefetchOnShow } from '@/api'
import { useCategories } from '@/data/reference'
import { EntryRow } from '@/components/entry-card'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { useMe } from '@/data/auth'
import { CategoryTree } from '@/features/reference/category-tree'
import { MallEntry } from '@/features/points/points-entries'
import { VolunteerEntry } from '@/features/volunteer/volunteer-entry'
import { WorkbenchEntry } from '@/features/workbench/workbench-entry'

export default function HomePage() {
  const me = useMe()
  const categories = useCategories()
  const refetch = () => Promise.all([me.refetch(), categories.refetch()])
  useRefetchOnShow(() => me.refetch())
  usePullDownRefresh(() => {
    void refetch().finally(() => Taro.stopPullDownRefresh())
  })

  return (
    <PageShell className='home'>
      <View className='hero'>
        <Text className='hero__title'>随手拍</Text>
        <Text className='hero__sub'>
          {me.data ? `${me.data.nickname}，您好！` : '您好！'}看到身边的问题，拍一拍，我们来处理。
        </Text>
        <Button
          className='btn btn--primary btn--hero'
          onClick={() => void Taro.switchTab({ url: '/pages/report/index' })}
        >
          拍照上报问题
        </Button>
      </View>
      <WorkbenchEntry role={me.data?.role} />
      {/* grid workers have no points or activities: their entries would only fetch a 403 */}
      {me.data && me.data.role !== 'grid_worker' && (
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

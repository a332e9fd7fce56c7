import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useRefetchOnShow } from '@/api'
import { setElderMode, useElderMode } from '@/components/elder-mode'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { Toggle } from '@/components/toggle'
import { UserCard } from '@/features/auth/user-card'
import { useMe } from '@/data/auth'
import { MerchantRows } from '@/features/merchant/merchant-rows'
import { PointsRow, VouchersRow } from '@/features/points/points-entries'
import { MyActivitiesRow } from '@/features/volunteer/my-activities-row'
import { WorkbenchEntry } from '@/features/workbench/workbench-entry'

export default function MePage() {
  const me = useMe()
  const elder = useElderMode()
  useRefetchOnShow(() => me.refetch())
  usePullDownRefresh(() => {
    void me.refetch().finally(() => Taro.stopPullDownRefresh())
  })

  return (
    <PageShell>
      <QueryState isPending={me.isPending} error={me.error} onRetry={() => void me.refetch()}>
        {me.data && <UserCard user={me.data} />}
      </QueryState>
      <WorkbenchEntry role={me.data?.role} />
      {/* grid workers have no points, activities or vouchers: those rows would only fetch a 403 */}
      {me.data && me.data.role !== 'grid_worker' && (
        <View className='card'>
          <PointsRow />
          <MyActivitiesRow />
          <VouchersRow />
          <MerchantRows user={me.data} />
        </View>
      )}
      <View className='card'>
        <View className='list-row list-row--split'>
          <View>
            <Text className='list-row__title'>长辈模式</Text>
            <Text className='list-row__sub'>字更大，颜色更清楚</Text>
          </View>
          <Toggle on={elder} label='长辈模式' onChange={setElderMode} />
        </View>
        {API_MODE === 'mock' && (
          <View
            className='list-row list-row--link'
            onClick={() => void Taro.navigateTo({ url: '/packages/dev/pages/panel/index' })}
          >
            <Text className='list-row__title'>开发者面板</Text>
            <Text className='list-row__sub'>切换角色、拨快时钟、注入故障、重置数据</Text>
          </View>
        )}
      </View>
    </PageShell>
  )
}

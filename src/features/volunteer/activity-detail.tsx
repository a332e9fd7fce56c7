import { Button, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { ApiError, useRefetchOnShow } from '@/api'
import { QueryState } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { ActivityActions } from './activity-actions'
import { ActivityAbout, ActivityOverview } from './activity-overview'
import { MyParticipation } from './my-participation'
import { useActivity } from '@/data/volunteer'

function NotFound() {
  return (
    <View className='state state--empty'>
      <Text className='state__text'>没有找到这个活动，可能已被取消</Text>
      <Button
        className='btn btn--primary state__retry'
        onClick={() => void Taro.redirectTo({ url: ROUTES.activities() })}
      >
        看看其他活动
      </Button>
    </View>
  )
}

/** 活动详情: the facts, what I can do now, my part in it, and what to bring. */
export function ActivityDetail({ id }: { id: string }) {
  const activity = useActivity(id)
  useRefetchOnShow(() => activity.refetch())
  usePullDownRefresh(() => {
    void activity.refetch().finally(() => Taro.stopPullDownRefresh())
  })

  if (!id || (activity.error instanceof ApiError && activity.error.code === 'NOT_FOUND')) return <NotFound />
  const a = activity.data
  return (
    <QueryState
      isPending={activity.isPending || (!a && activity.isFetching)}
      error={a ? null : activity.error}
      onRetry={() => void activity.refetch()}
    >
      {a && (
        <>
          {/* at the venue, 签到 / 签退 comes first: no scrolling past the facts in 长辈模式 */}
          {(a.can.checkin || a.can.checkout) && <ActivityActions activity={a} />}
          <ActivityOverview activity={a} />
          {!(a.can.checkin || a.can.checkout) && <ActivityActions activity={a} />}
          <MyParticipation activity={a} />
          <ActivityAbout activity={a} />
        </>
      )}
    </QueryState>
  )
}

import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { ApiError, useRefetchOnShow } from '@/api'
import { QueryData } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { ActivityActions } from './activity-actions'
import { ActivityAbout, ActivityOverview } from './activity-overview'
import { MyParticipation } from './my-participation'
import { useActivity } from '@/data/volunteer'
import { EmptyView } from '@/components/empty-state'

function NotFound() {
  return (
    <EmptyView
      text='没有找到这个活动，可能已被取消'
      action={{ label: '看看其他活动', onClick: () => void Taro.redirectTo({ url: ROUTES.activities() }) }}
    />
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
  return (
    <QueryData query={activity}>
      {(a) => (
        <>
          {/* at the venue, 签到 / 签退 comes first: no scrolling past the facts in 长辈模式 */}
          {(a.can.checkin || a.can.checkout) && <ActivityActions activity={a} />}
          <ActivityOverview activity={a} />
          {!(a.can.checkin || a.can.checkout) && <ActivityActions activity={a} />}
          <MyParticipation activity={a} />
          <ActivityAbout activity={a} />
        </>
      )}
    </QueryData>
  )
}

import Taro from '@tarojs/taro'
import { ItemPage } from '@/components/item-page'
import { ROUTES } from '@/components/routes'
import { ActivityActions } from './activity-actions'
import { ActivityAbout, ActivityOverview } from './activity-overview'
import { MyParticipation } from './my-participation'
import { useActivity } from '@/data/volunteer'
import type { EmptyProps } from '@/components/empty-state'

const NOT_FOUND: EmptyProps = {
  text: '没有找到这个活动，可能已被取消',
  action: { label: '看看其他活动', onClick: () => void Taro.redirectTo({ url: ROUTES.activities() }) },
}

/** 活动详情: the facts, what I can do now, my part in it, and what to bring. */
export function ActivityDetail({ id }: { id: string }) {
  const activity = useActivity(id)
  return (
    <ItemPage id={id} query={activity} notFound={NOT_FOUND}>
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
    </ItemPage>
  )
}

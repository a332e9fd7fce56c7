import Taro from '@tarojs/taro'
import { ApiError, useRefetchOnShow } from '@/api'
import { LinkRow } from '@/components/entry-card'
import { ROUTES } from '@/components/routes'
import { useActivityCounts } from '@/data/activity-counts'

/** 我的's 我的活动 row, with how many of my activities are still to come. */
export function MyActivitiesRow() {
  const counts = useActivityCounts()
  useRefetchOnShow(() => counts.refetch())
  if (counts.error instanceof ApiError && counts.error.code === 'FORBIDDEN') return null
  const upcoming = counts.data?.upcoming
  return (
    <LinkRow
      title='我的活动'
      sub='报名、签到、签退和获得的积分'
      value={upcoming ? `${upcoming} 个待参加` : null}
      onClick={() => void Taro.navigateTo({ url: ROUTES.activities('mine') })}
    />
  )
}

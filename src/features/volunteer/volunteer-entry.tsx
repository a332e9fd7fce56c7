import Taro from '@tarojs/taro'
import { ApiError, useRefetchOnShow } from '@/api'
import { EntryCard } from '@/components/entry-card'
import { ROUTES } from '@/components/routes'
import { useActivityCounts } from '@/data/activity-counts'

/** 首页's 志愿活动 card, with how many activities are open for sign-up. */
export function VolunteerEntry() {
  const open = useActivityCounts()
  useRefetchOnShow(() => open.refetch())
  const count = open.data?.open
  // grid workers have no volunteer activities in this app
  if (open.error instanceof ApiError && open.error.code === 'FORBIDDEN') return null
  return (
    <EntryCard
      title='志愿活动'
      sub={count ? `${count} 个活动正在报名` : '参加活动，服务满 1 小时得 10 分'}
      badge={count ? String(count) : null}
      badgeLabel='报名中的活动'
      onClick={() => void Taro.navigateTo({ url: ROUTES.activities() })}
    />
  )
}

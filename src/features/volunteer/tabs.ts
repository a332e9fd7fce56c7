/** The three tabs of 志愿活动. */
export type ActivityTab = 'resident' | 'merchant' | 'mine'

export const ACTIVITY_TABS: readonly { tab: ActivityTab; label: string }[] = [
  { tab: 'resident', label: '居民活动' },
  { tab: 'merchant', label: '商户活动' },
  { tab: 'mine', label: '我的活动' },
]

/** Everything about activities lives under one root. */
export const activitiesKey = ['activities'] as const
export const activityListKey = (tab: ActivityTab) => ['activities', 'list', tab] as const
export const activityKey = (id: string) => ['activities', 'detail', id] as const
export const openCountKey = ['activities', 'open-count'] as const
export const upcomingKey = ['activities', 'upcoming'] as const

import { useQuery } from '@tanstack/react-query'
import { endpoints as api } from '@/contract/activity-counts'
import { call } from '@/api'
import { roots } from './keys'

/**
 * The volunteer activities' counts, apart from src/data/volunteer.ts: 首页 and 我的 show them on
 * their entries, and the tab pages (the weapp main package) should not carry the activities for that.
 */
export const activityCountsKey = [...roots.activities, 'counts'] as const

/** How many activities I may still sign up for (首页) and my sign-ups to come (我的). */
export function useActivityCounts() {
  return useQuery({ queryKey: activityCountsKey, queryFn: () => call(api.activityCounts) })
}

import { z } from 'zod'
import { get, PEOPLE } from './endpoint'

/**
 * The volunteer activities' counts, which 首页 and 我的 show on their entries: a file of their
 * own, so the tab pages carry this one schema and not the activities' (a subpackage's).
 */

export const ActivityCounts = z.object({
  /** activities open for sign-up that I may join */
  open: z.number().int().nonnegative(),
  /** my sign-ups still to come or under way */
  upcoming: z.number().int().nonnegative(),
})
export type ActivityCounts = z.infer<typeof ActivityCounts>

export const endpoints = {
  activityCounts: get('/activities/counts', {
    summary: '可报名的活动数与我将参加的活动数（首页、我的上的角标）',
    access: PEOPLE,
    response: ActivityCounts,
  }),
}

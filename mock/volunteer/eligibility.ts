import type { PointsStore } from '../points/domain'
import type { StoredUser } from '../state'
import type { StoredActivity } from './model'
import { overlaps } from './phase'
import { findActivity, volunteerOf } from './repo'

export function isVerifiedMerchant(user: StoredUser): boolean {
  return user.role === 'merchant' && user.merchant?.verified === true
}

/** Another activity of mine, not cancelled, whose time overlaps `a`'s. */
export function clashingActivity(
  store: PointsStore,
  userId: string,
  a: StoredActivity,
): StoredActivity | undefined {
  return volunteerOf(store)
    .signups.filter((s) => s.userId === userId && s.cancelledAt === null && s.activityId !== a.id)
    .map((s) => findActivity(store, s.activityId))
    .find((other) => overlaps(other, a))
}

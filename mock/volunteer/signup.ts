import { conflict, illegalTransition } from '../errors'
import { lockedCommand } from '../points/locks'
import type { StoredUser } from '../state'
import type { PointsStore } from '../points/domain'
import type { Store } from '../store'
import { promoteFromWaitlist } from './waitlist'
import type { StoredActivity } from './model'
import { isVerifiedMerchant, joinRefusal, type Join } from './eligibility'
import { activeSignup, addSignup, findActivity, volunteerOf } from './repo'

export { isVerifiedMerchant }

/** Signing up: only while a place is free. */
export const SIGN_UP: Join = {
  queued: () => null,
  started: '活动已经开始，不能再报名了',
  places: (free) => (free ? null : conflict('名额已满')),
}

export function signUp(
  store: PointsStore,
  user: StoredUser,
  activityId: string,
  now: () => number,
): Promise<void> {
  const refusal = () => joinRefusal(store, user, findActivity(store, activityId), now(), SIGN_UP)
  return lockedCommand(store, [`user:${user.id}`, `activity:${activityId}`], refusal, () => {
    for (const w of volunteerOf(store).waitlist)
      if (w.activityId === activityId && w.userId === user.id && w.leftAt === null && w.promotedAt === null)
        w.leftAt = now()
    addSignup(store, activityId, user.id, now())
  })
}

export function cancelRefusal(
  store: PointsStore,
  userId: string,
  activity: StoredActivity,
  now: number,
): Error | null {
  const signup = activeSignup(store, activity.id, userId)
  if (!signup) return illegalTransition('您还没有报名这个活动')
  if (signup.checkinAt !== null) return illegalTransition('您已经签到，不能取消报名了')
  if (now >= activity.startAt) return illegalTransition('活动已经开始，不能取消报名了')
  return null
}

/** Cancels my sign-up before the start: the place goes to the first in the 候补 line, or is free again. */
export function cancelSignup(
  store: Store,
  userId: string,
  activityId: string,
  now: () => number,
): Promise<void> {
  const refusal = () => cancelRefusal(store, userId, findActivity(store, activityId), now())
  return lockedCommand(store, [`user:${userId}`, `activity:${activityId}`], refusal, () => {
    const signup = activeSignup(store, activityId, userId)
    if (signup) signup.cancelledAt = now()
    promoteFromWaitlist(store, activityId, now())
  })
}

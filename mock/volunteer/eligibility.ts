import { conflict, forbidden, illegalTransition } from '../errors'
import type { PointsStore } from '../points/domain'
import { shortDateTime } from '../points/time'
import type { StoredUser } from '../state'
import type { StoredActivity } from './model'
import { activityStatus, overlaps } from './phase'
import { activeSignup, findActivity, volunteerOf } from './repo'

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

/*
 * What refuses both a sign-up and a place in the 候补 line, each part in the order a person is
 * told: who the activity is for and whether they are in already, then its time, then a clash.
 */

/** A merchant activity is for verified merchants only, and a person signs up once. */
export function entryRefusal(store: PointsStore, user: StoredUser, a: StoredActivity): Error | null {
  if (a.audience === 'merchant' && !isVerifiedMerchant(user)) {
    return forbidden('这是商户活动，请先在「我是商户」完成店铺认证')
  }
  return activeSignup(store, a.id, user.id) ? conflict('您已经报名了这个活动') : null
}

/** Joining ends when sign-up closes; `started` says what can no longer be done once the activity runs. */
export function timeRefusal(a: StoredActivity, now: number, started: string): Error | null {
  const status = activityStatus(a, now)
  if (status === 'ended') return illegalTransition('活动已经结束了')
  if (status === 'ongoing') return illegalTransition(started)
  if (status === 'closed') return illegalTransition(`报名已截止（${shortDateTime(a.signupDeadline)} 截止）`)
  return null
}

export function clashRefusal(store: PointsStore, user: StoredUser, a: StoredActivity): Error | null {
  const clash = clashingActivity(store, user.id, a)
  return clash ? conflict(`这个时间您已报名了「${clash.title}」`) : null
}

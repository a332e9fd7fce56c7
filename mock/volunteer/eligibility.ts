import { conflict, forbidden, illegalTransition } from '../errors'
import type { PointsStore } from '../points/domain'
import { shortDateTime } from '../points/time'
import type { StoredUser } from '../state'
import type { StoredActivity } from './model'
import { activityStatus, overlaps } from './phase'
import { activeSignup, findActivity, takenPlaces, volunteerOf } from './repo'

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

/** How signing up and queuing in the 候补 line differ in what refuses them. */
export interface Join {
  /** told right after an existing sign-up: already in the line */
  queued: (store: PointsStore, user: StoredUser, a: StoredActivity) => Error | null
  /** what can no longer be done once the activity runs */
  started: string
  /** whether a place is free decides */
  places: (free: boolean) => Error | null
}

/**
 * Why `user` cannot join `a` now (sign up, or queue when `join` is the line's rules), or null.
 * The refusals come in the order a person is told them: who the activity is for, a sign-up
 * already made, what `join` adds, the activity's time, its places, a clash with another of mine.
 */
export function joinRefusal(
  store: PointsStore,
  user: StoredUser,
  a: StoredActivity,
  now: number,
  join: Join,
): Error | null {
  if (a.audience === 'merchant' && !isVerifiedMerchant(user)) {
    return forbidden('这是商户活动，请先在「我是商户」完成店铺认证')
  }
  if (activeSignup(store, a.id, user.id)) return conflict('您已经报名了这个活动')
  const queued = join.queued(store, user, a)
  if (queued) return queued
  const status = activityStatus(a, now)
  if (status === 'ended') return illegalTransition('活动已经结束了')
  if (status === 'ongoing') return illegalTransition(join.started)
  if (status === 'closed') return illegalTransition(`报名已截止（${shortDateTime(a.signupDeadline)} 截止）`)
  const places = join.places(takenPlaces(store, a.id) < a.capacity)
  if (places) return places
  const clash = clashingActivity(store, user.id, a)
  return clash ? conflict(`这个时间您已报名了「${clash.title}」`) : null
}

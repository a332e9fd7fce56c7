import { conflict, illegalTransition } from '../errors'
import { notify } from '../notifications/service'
import { lockedCommand } from '../points/locks'
import { shortDateTime } from '../points/time'
import type { Store } from '../store'
import type { StoredUser } from '../state'
import type { PointsStore } from '../points/domain'
import type { StoredActivity, StoredWaitlistEntry } from './model'
import { activeSignup, addSignup, findActivity, takenPlaces, volunteerOf } from './repo'
import { clashingActivity, isVerifiedMerchant, joinRefusal, type Join } from './eligibility'

/**
 * 候补: when an activity is full, people queue for it. A cancel hands the freed place to the first
 * in line who can still take it (same rules as signing up), in the same locked write, and tells
 * them. The line is first come, first served: join time, then entry number.
 */

/** Everyone still waiting for `activityId`, first in line first. */
export function waiting(store: PointsStore, activityId: string): StoredWaitlistEntry[] {
  return volunteerOf(store)
    .waitlist.filter((w) => w.activityId === activityId && w.leftAt === null && w.promotedAt === null)
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
}

/** My place in line, 1 = next; null when I am not waiting. */
export function positionOf(store: PointsStore, activityId: string, userId: string): number | null {
  const at = waiting(store, activityId).findIndex((w) => w.userId === userId)
  return at < 0 ? null : at + 1
}

/** Queuing: once, and only for a full activity. */
export const WAITLIST: Join = {
  queued: (store, user, a) =>
    positionOf(store, a.id, user.id) === null ? null : conflict('您已经在候补名单里了'),
  started: '活动已经开始，不能候补了',
  places: (free) => (free ? conflict('还有名额，请直接报名') : null),
}

export function joinWaitlist(store: PointsStore, user: StoredUser, activityId: string, now: () => number) {
  const refusal = () => joinRefusal(store, user, findActivity(store, activityId), now(), WAITLIST)
  return lockedCommand(store, [`user:${user.id}`, `activity:${activityId}`], refusal, () => {
    const list = volunteerOf(store).waitlist
    list.push({
      id: `wl-${String(list.length + 1).padStart(5, '0')}`,
      activityId,
      userId: user.id,
      joinedAt: now(),
      leftAt: null,
      promotedAt: null,
    })
  })
}

export function leaveWaitlistRefusal(store: PointsStore, userId: string, a: StoredActivity, now: number) {
  if (positionOf(store, a.id, userId) === null) return illegalTransition('您不在这个活动的候补名单里')
  if (now >= a.startAt) return illegalTransition('活动已经开始了')
  return null
}

export function leaveWaitlist(store: PointsStore, userId: string, activityId: string, now: () => number) {
  const refusal = () => leaveWaitlistRefusal(store, userId, findActivity(store, activityId), now())
  return lockedCommand(store, [`user:${userId}`, `activity:${activityId}`], refusal, () => {
    const mine = waiting(store, activityId).find((w) => w.userId === userId)
    if (mine) mine.leftAt = now()
  })
}

/** Who can take a freed place: sign-up rules, except that the sign-up deadline does not apply to the line. */
function promotionRefusal(store: PointsStore, user: StoredUser, a: StoredActivity, at: number): boolean {
  if (a.audience === 'merchant' && !isVerifiedMerchant(user)) return true
  if (at >= a.startAt) return true
  return clashingActivity(store, user.id, a) !== undefined
}

/**
 * Fills the free places of `activityId` from its line, first come first served, skipping anyone
 * who could not sign up now (a clash since they queued: they keep their place for later). Runs
 * inside the cancel's write, under the activity's lock. Returns who got a place.
 */
export function promoteFromWaitlist(store: Store, activityId: string, at: number): string[] {
  const a = findActivity(store, activityId)
  const promoted: string[] = []
  for (const entry of waiting(store, activityId)) {
    if (takenPlaces(store, activityId) >= a.capacity) break
    const user = store.findUser(entry.userId)
    if (user && activeSignup(store, activityId, user.id)) {
      entry.leftAt = at
      continue
    }
    if (!user || promotionRefusal(store, user, a, at)) continue
    addSignup(store, activityId, user.id, at)
    entry.promotedAt = at
    promoted.push(user.id)
    notify(store, user.id, {
      kind: 'activity',
      title: '候补成功，已为您报名',
      body: `「${a.title}」有人取消了报名，您已从候补转为正式报名。活动时间 ${shortDateTime(a.startAt)}，请按时到场签到；不能参加请在开始前取消报名。`,
      at,
      activityId,
    })
  }
  return promoted
}

import { pointsForService } from '../../src/contract'
import { notifyPointsEarned } from '../notifications/points-messages'
import { appendEntry } from '../points/ledger'
import { durationText } from '../points/time'
import type { PointsStore } from '../points/domain'
import type { StoredActivity, StoredSignup } from './model'
import { checkoutClosesAt } from './phase'
import { findActivity, volunteerOf } from './repo'

/**
 * Time served counts only inside the activity's window: arriving early (check-in opens an hour
 * before) or staying late adds nothing; a forgotten check-out counts up to the end.
 */
export function servedInWindow(
  checkinAt: number,
  checkoutAt: number | null,
  a: Pick<StoredActivity, 'startAt' | 'endAt'>,
): number {
  const from = Math.max(checkinAt, a.startAt)
  const to = Math.min(checkoutAt ?? a.endAt, a.endAt)
  return Math.max(0, to - from)
}

/**
 * Closes an attendance and pays for it: the part of check-in to check-out (or to the scheduled
 * end when the check-out was forgotten) that falls inside the activity's start–end window.
 */
export function completeAttendance(
  store: PointsStore,
  signup: StoredSignup,
  activity: StoredActivity,
  checkoutAt: number | null,
  at: number,
): void {
  if (signup.checkinAt === null || signup.points !== null) throw new Error(`[mock] ${signup.id} is not open`)
  const length = activity.endAt - activity.startAt
  const served = servedInWindow(signup.checkinAt, checkoutAt, activity)
  const points = pointsForService(served, length)
  if (points > 0) {
    const forgot = checkoutAt === null ? '（未签退，按活动结束时间计）' : ''
    const entry = appendEntry(store, {
      userId: signup.userId,
      at,
      amount: points,
      reason: 'activity',
      ref: activity.id,
      note: `参加「${activity.title}」服务 ${durationText(served)}${forgot}`,
    })
    notifyPointsEarned(store, entry, `您参加「${activity.title}」`, forgot)
  }
  signup.checkoutAt = checkoutAt
  signup.servedMs = served
  signup.points = points
}

/** Attendances whose check-out window has closed (check-out works up to its last moment) without one. */
export function forgottenCheckouts(
  store: PointsStore,
  userId: string,
  now: number,
): { at: number; settle: () => void }[] {
  return volunteerOf(store)
    .signups.filter((s) => s.userId === userId && s.cancelledAt === null && s.checkinAt !== null)
    .filter((s) => s.points === null)
    .map((s) => ({ s, a: findActivity(store, s.activityId) }))
    .filter(({ a }) => checkoutClosesAt(a) < now)
    .map(({ s, a }) => ({
      at: checkoutClosesAt(a),
      settle: () => completeAttendance(store, s, a, null, checkoutClosesAt(a)),
    }))
}

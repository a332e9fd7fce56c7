import { ACTIVITY_RULES } from '../../src/contract'
import { conflict, illegalTransition, validationFailed, type MockError } from '../errors'
import { lockedCommand } from '../points/locks'
import { settleUser } from '../points/settle'
import { shortDateTime } from '../points/time'
import type { PointsStore } from '../points/domain'
import type { StoredActivity, StoredSignup } from './model'
import { checkinOpensAt, checkoutClosesAt } from './phase'
import { activeSignup, findActivity, volunteerOf } from './repo'
import { completeAttendance } from './settle-attendance'

/** What a QR code or a typed code holds, compared the way a person would: no spaces, any case. */
export function normaliseActivityCode(input: string): string {
  return input.replace(/[\s\-_]/g, '').toUpperCase()
}

/** A code belongs to one activity: another activity's code, or no code at all, is refused plainly. */
function codeRefusal(store: PointsStore, activity: StoredActivity, raw: string): MockError | null {
  const code = normaliseActivityCode(raw)
  if (code === activity.code) return null
  const other = volunteerOf(store).activities.find((a) => a.code === code)
  return validationFailed({
    code: other
      ? `这是「${other.title}」的签到码，不是本活动的`
      : '这不是本活动的签到码，请扫描活动现场的二维码',
  })
}

export type AttendanceKind = 'checkin' | 'checkout'

/** Why this person may not check in (or out of) the activity now; null when they may. */
export function attendanceRefusal(
  kind: AttendanceKind,
  store: PointsStore,
  userId: string,
  a: StoredActivity,
  now: number,
): MockError | null {
  const signup = activeSignup(store, a.id, userId)
  return kind === 'checkin' ? checkinRefusal(signup, a, now) : checkoutRefusal(signup, a, now)
}

function checkinRefusal(signup: StoredSignup | undefined, a: StoredActivity, now: number): MockError | null {
  if (!signup) return illegalTransition('您还没有报名这个活动，不能签到')
  if (signup.checkinAt !== null) return conflict(`您已经签到过了（${shortDateTime(signup.checkinAt)}）`)
  if (now < checkinOpensAt(a)) {
    return illegalTransition(
      `不在签到时间内，活动开始前 ${ACTIVITY_RULES.checkinOpensMinutesBefore / 60} 小时起可签到`,
    )
  }
  if (now >= a.endAt) return illegalTransition('活动已经结束，不能签到了')
  return null
}

function checkoutRefusal(signup: StoredSignup | undefined, a: StoredActivity, now: number): MockError | null {
  if (!signup) return illegalTransition('您还没有报名这个活动')
  if (signup.checkinAt === null) return illegalTransition('您还没有签到，请先签到')
  if (signup.checkoutAt !== null) return conflict(`您已经签退过了（${shortDateTime(signup.checkoutAt)}）`)
  if (signup.points !== null || now > checkoutClosesAt(a)) {
    return illegalTransition('签退时间已过，已按活动结束时间计算服务时长')
  }
  return null
}

/**
 * Check-in or check-out by the activity's code. Check-in: from 60 minutes before the start until
 * the end, once. Check-out: by the same code, until 60 minutes after the end, once; it pays 10
 * points per full hour.
 */
export function recordAttendance(
  kind: AttendanceKind,
  store: PointsStore,
  userId: string,
  activityId: string,
  code: string,
  now: () => number,
): Promise<void> {
  const refusal = () => {
    settleUser(store, userId, now())
    const activity = findActivity(store, activityId)
    return codeRefusal(store, activity, code) ?? attendanceRefusal(kind, store, userId, activity, now())
  }
  return lockedCommand(store, [`user:${userId}`], refusal, () => {
    const activity = findActivity(store, activityId)
    const signup = activeSignup(store, activityId, userId)
    if (!signup) throw new Error('[mock] checked sign-up vanished')
    if (kind === 'checkin') signup.checkinAt = now()
    else completeAttendance(store, signup, activity, now(), now())
  })
}

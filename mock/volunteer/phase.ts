import { ACTIVITY_RULES, type ActivityStatus, type ParticipationStatus } from '../../src/contract'
import { MINUTE_MS } from '../points/time'
import type { StoredActivity, StoredSignup } from './model'

export function checkinOpensAt(a: StoredActivity): number {
  return a.startAt - ACTIVITY_RULES.checkinOpensMinutesBefore * MINUTE_MS
}

export function checkoutClosesAt(a: StoredActivity): number {
  return a.endAt + ACTIVITY_RULES.checkoutClosesMinutesAfter * MINUTE_MS
}

/** 报名中 until the deadline, 报名截止 until the start, 进行中 until the end, then 已结束. */
export function activityStatus(a: StoredActivity, now: number): ActivityStatus {
  if (now >= a.endAt) return 'ended'
  if (now >= a.startAt) return 'ongoing'
  if (now >= a.signupDeadline) return 'closed'
  return 'open'
}

export function participationStatus(s: StoredSignup, a: StoredActivity, now: number): ParticipationStatus {
  if (s.cancelledAt !== null) return 'cancelled'
  if (s.points !== null) return 'completed'
  if (s.checkinAt !== null) return 'checked_in'
  return now >= a.endAt ? 'absent' : 'signed_up'
}

/** Two activities clash when their times overlap (touching ends do not). */
export function overlaps(a: StoredActivity, b: StoredActivity): boolean {
  return a.startAt < b.endAt && b.startAt < a.endAt
}

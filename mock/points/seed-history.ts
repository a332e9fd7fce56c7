import { completeAttendance } from '../volunteer/settle-attendance'
import { addSignup, findActivity } from '../volunteer/repo'
import type { PointsStore } from './domain'
import { awardPoints } from './award'
import { findReward } from './mall'
import { issueVoucher } from './redeem'
import { settleUser } from './settle'
import { dayAt, DAY_MS, HOUR_MS, MINUTE_MS } from './time'

/** What happened before the mock started, `days` relative to the moment of seeding. */
type Step =
  | { kind: 'attend'; user: string; activity: string; lateMin?: number; stayMin?: number; forgot?: boolean }
  | { kind: 'signup'; user: string; activity: string }
  | { kind: 'report' | 'rating'; user: string; days: number; at?: [number, number] }
  | { kind: 'redeem'; user: string; reward: string; days: number; usedAfterDays?: number }

const R1 = 'u-resident-1'
const R2 = 'u-resident-2'
const M1 = 'u-merchant-1'

/**
 * u-resident-1 (王秀兰) has volunteered for over a year: 120 points now, 10 of them expiring within
 * 30 days, two past expiries, a used 烩面 voucher and an unused 理发券. Her 文明交通劝导（上期）check-out
 * was forgotten (paid up to the end); she missed 碧沙岗公园捡拾垃圾. Others have a little history.
 */
const HISTORY: readonly Step[] = [
  { kind: 'attend', user: R1, activity: 'act-past-tree', lateMin: -5, stayMin: 5 },
  { kind: 'report', user: R1, days: -400 },
  { kind: 'redeem', user: R1, reward: 'rw-huimian', days: -380, usedAfterDays: 2 },
  { kind: 'attend', user: R1, activity: 'act-past-dragon' },
  { kind: 'report', user: R1, days: -345 },
  { kind: 'report', user: R1, days: -340 },
  { kind: 'attend', user: R1, activity: 'act-past-summer', lateMin: -10, stayMin: 5 },
  { kind: 'rating', user: R1, days: -299 },
  { kind: 'rating', user: R1, days: -150 },
  { kind: 'rating', user: R1, days: -90 },
  { kind: 'attend', user: R1, activity: 'act-past-health' },
  { kind: 'attend', user: R1, activity: 'act-elderly', lateMin: 10 },
  { kind: 'report', user: R1, days: -30 },
  { kind: 'rating', user: R1, days: -29 },
  { kind: 'signup', user: R1, activity: 'act-past-park' },
  { kind: 'report', user: R1, days: -20 },
  { kind: 'attend', user: R1, activity: 'act-past-dog', lateMin: 5 },
  { kind: 'attend', user: R1, activity: 'act-past-traffic', lateMin: 5, forgot: true },
  { kind: 'report', user: R1, days: -6, at: [16, 30] },
  { kind: 'redeem', user: R1, reward: 'rw-haircut', days: -3 },
  { kind: 'rating', user: R1, days: -2 },
  { kind: 'signup', user: R1, activity: 'act-cleanup-now' },
  { kind: 'signup', user: R1, activity: 'act-traffic' },
  { kind: 'attend', user: R2, activity: 'act-elderly' },
  { kind: 'report', user: R2, days: -50 },
  { kind: 'rating', user: R2, days: -20 },
  { kind: 'redeem', user: R2, reward: 'rw-huimian', days: -1 },
  { kind: 'signup', user: R2, activity: 'act-cleanup-now' },
  // act-library is full with him in it: when he cancels, the first in the 候补 line moves up
  { kind: 'signup', user: R2, activity: 'act-library' },
  { kind: 'attend', user: M1, activity: 'act-past-patrol' },
  { kind: 'report', user: M1, days: -200 },
  { kind: 'signup', user: M1, activity: 'act-patrol-sat' },
]

/** Neighbours without an account in the app fill places (act-library is full, 张建国 one of its 3). */
const NEIGHBOURS: readonly [activity: string, count: number][] = [
  ['act-cleanup-now', 9],
  ['act-traffic', 4],
  ['act-library', 2],
  ['act-sorting', 6],
  ['act-patrol-sat', 5],
]

/** When a step happened: an attendance at its check-in, a sign-up 3 days before the start (never after now). */
function stepTime(store: PointsStore, step: Step, now: number): number {
  if (step.kind === 'attend') return findActivity(store, step.activity).startAt
  if (step.kind === 'signup')
    return Math.min(findActivity(store, step.activity).startAt - 3 * DAY_MS, now - HOUR_MS)

  const [h, m] = step.kind === 'redeem' ? [12, 0] : (step.at ?? [10, 0])
  return dayAt(now, step.days, h, m)
}

function play(store: PointsStore, step: Step, now: number, random: () => number): void {
  const at = stepTime(store, step, now)
  settleUser(store, step.user, at)
  if (step.kind === 'signup') {
    addSignup(store, step.activity, step.user, at)
  } else if (step.kind === 'attend') {
    const activity = findActivity(store, step.activity)
    const signup = addSignup(store, step.activity, step.user, at - 3 * DAY_MS)
    signup.checkinAt = at + (step.lateMin ?? 0) * MINUTE_MS
    settleUser(store, step.user, signup.checkinAt)
    if (!step.forgot) {
      const out = activity.endAt + (step.stayMin ?? 0) * MINUTE_MS
      settleUser(store, step.user, out)
      completeAttendance(store, signup, activity, out, out)
    }
  } else if (step.kind === 'redeem') {
    const voucher = issueVoucher(store, step.user, findReward(store, step.reward), 1, at, random)
    if (step.usedAfterDays !== undefined) {
      voucher.status = 'used'
      voucher.usedAt = at + step.usedAfterDays * DAY_MS
    }
  } else {
    awardPoints(
      store,
      step.user,
      step.kind === 'report' ? 5 : 1,
      step.kind === 'report' ? 'report_accepted' : 'rating',
      null,
      at,
    )
  }
}

/** Plays the history through the same functions requests use, then settles everyone up to `now`. */
export function playHistory(store: PointsStore, now: number, random: () => number): void {
  const steps = HISTORY.map((step, i) => ({ step, i, at: stepTime(store, step, now) }))
  steps.sort((a, b) => a.at - b.at || a.i - b.i)
  for (const { step } of steps) play(store, step, now, random)
  NEIGHBOURS.forEach(([activityId, count]) => {
    const latest = Math.min(findActivity(store, activityId).signupDeadline, now)
    for (let i = 1; i <= count; i++) {
      addSignup(store, activityId, `u-neighbour-${String(i).padStart(2, '0')}`, latest - i * 5 * HOUR_MS)
    }
  })
  for (const userId of [R1, R2, M1]) settleUser(store, userId, now)
}

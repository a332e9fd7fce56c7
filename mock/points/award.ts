import { POINTS_RULES, type LedgerReason } from '../../src/contract'
import { notifyPointsEarned } from '../notifications/points-messages'
import type { PointsStore } from './domain'
import { appendEntry, ledgerOf } from './ledger'
import { entriesOf } from './lots'
import type { StoredEntry } from './model'
import { settleUser } from './settle'
import { startOfDay } from './time'

const DEFAULT_NOTES: Partial<Record<LedgerReason, string>> = {
  report_accepted: '上报的问题被受理',
  rating: '评价了已办结的问题',
}

/** Why, in the 积分到账 message: 您上报的问题已受理，获得 5 积分… */
const MESSAGE_REASONS: Partial<Record<LedgerReason, string>> = {
  report_accepted: '您上报的问题已受理，',
  rating: '感谢您评价办理结果，',
}

/**
 * The one way another domain gives a user points (the ticket hooks, tests). Settles the user
 * first so the new entry lands after everything the clock already decided. Synchronous.
 */
export function awardPoints(
  store: PointsStore,
  userId: string,
  amount: number,
  reason: 'report_accepted' | 'rating' | 'activity',
  ref: string | null,
  now: number,
  note: string = DEFAULT_NOTES[reason] ?? '获得积分',
): StoredEntry {
  if (!Number.isInteger(amount) || amount <= 0) throw new Error('[mock] awardPoints needs a positive integer')
  settleUser(store, userId, now)
  const entry = appendEntry(store, { userId, at: now, amount, reason, ref, note })
  notifyPointsEarned(store, entry, MESSAGE_REASONS[reason] ?? '您')
  return entry
}

function alreadyRewarded(store: PointsStore, userId: string, reason: LedgerReason, ref: string): boolean {
  return entriesOf(ledgerOf(store), userId).some((e) => e.reason === reason && e.ref === ref)
}

/**
 * +5 when a grid worker accepts my report: once per ticket (a reopened ticket is accepted
 * again without paying again), and at most 3 rewarded reports per calendar day.
 * Returns the entry, or null when nothing was due.
 */
export function rewardReportAccepted(
  store: PointsStore,
  userId: string,
  ticketId: string,
  now: number,
): StoredEntry | null {
  if (alreadyRewarded(store, userId, 'report_accepted', ticketId)) return null
  const today = startOfDay(now)
  const rewardedToday = entriesOf(ledgerOf(store), userId).filter(
    (e) => e.reason === 'report_accepted' && startOfDay(e.at) === today,
  ).length
  if (rewardedToday >= POINTS_RULES.reportAcceptedPerDay) return null
  return awardPoints(store, userId, POINTS_RULES.reportAccepted, 'report_accepted', ticketId, now)
}

/** +1 when I rate my resolved ticket: once per ticket, however often it is reopened and rated. */
export function rewardRating(
  store: PointsStore,
  userId: string,
  ticketId: string,
  now: number,
): StoredEntry | null {
  if (alreadyRewarded(store, userId, 'rating', ticketId)) return null
  return awardPoints(store, userId, POINTS_RULES.rated, 'rating', ticketId, now)
}

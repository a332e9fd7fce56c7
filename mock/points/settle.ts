import type { PointsStore } from './domain'
import { sendDueReminders } from '../notifications/reminders'
import { forgottenCheckouts } from '../volunteer/settle-attendance'
import { volunteerOf } from '../volunteer/repo'
import { appendEntry, ledgerOf } from './ledger'
import { entriesOf, openLots } from './lots'
import { mallOf } from './mall'
import { endUnusedVoucher } from './refunds'

interface Due {
  at: number
  /** ties at one moment: pay and refund before expiring, so refunded points that are due expire too */
  order: number
  run: () => void
}

function dueSteps(store: PointsStore, userId: string, now: number): Due[] {
  const steps: Due[] = forgottenCheckouts(store, userId, now).map((c) => ({
    at: c.at,
    order: 0,
    run: c.settle,
  }))
  for (const voucher of mallOf(store).redemptions) {
    if (voucher.userId !== userId || voucher.status !== 'issued' || voucher.expiresAt > now) continue
    steps.push({
      at: voucher.expiresAt,
      order: 1,
      run: () => endUnusedVoucher(store, voucher, 'expired', voucher.expiresAt),
    })
  }
  const first = openLots(entriesOf(ledgerOf(store), userId))[0]
  if (first && first.expiresAt <= now) {
    steps.push({
      at: first.expiresAt,
      order: 2,
      run: () => expireLotsDue(store, userId, first.expiresAt),
    })
  }
  return steps
}

function expireLotsDue(store: PointsStore, userId: string, at: number): void {
  const due = openLots(entriesOf(ledgerOf(store), userId)).filter((l) => l.expiresAt <= at)
  const amount = due.reduce((sum, l) => sum + l.remaining, 0)
  if (amount === 0) return
  appendEntry(store, {
    userId,
    at,
    amount: -amount,
    reason: 'expiry',
    ref: null,
    note: '获得满 12 个月的积分已过期',
  })
}

/**
 * Everything the clock decides for one user, in the order it happened: forgotten check-outs are
 * paid when their window closes, unused vouchers expire (refunded), points expire 12 months
 * after they were earned; then the reminders that have come due are sent (once each). Runs
 * before any command or view reads the user's points, so a GET may apply it without saving:
 * after a reload the same steps simply run again.
 */
export function settleUser(store: PointsStore, userId: string, now: number): void {
  for (let guard = 0; guard < 10_000; guard++) {
    const steps = dueSteps(store, userId, now)
    if (steps.length === 0) return sendDueReminders(store, userId, now)
    steps.sort((a, b) => a.at - b.at || a.order - b.order)
    steps[0].run()
  }
  throw new Error(`[mock] settling ${userId} did not finish`)
}

/** Settles everyone with points, vouchers or sign-ups (stock freed by expired vouchers included). */
export function settleAll(store: PointsStore, now: number): void {
  const users = new Set<string>()
  for (const e of ledgerOf(store)) users.add(e.userId)
  for (const r of mallOf(store).redemptions) if (r.status === 'issued') users.add(r.userId)
  for (const s of volunteerOf(store).signups)
    if (s.checkinAt !== null && s.points === null) users.add(s.userId)
  for (const userId of users) settleUser(store, userId, now)
}

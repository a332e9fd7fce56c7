import type { LedgerReason } from '../../src/contract'
import { POINTS_RULES } from '../../src/contract'
import type { PointsStore } from './domain'
import { insufficientPoints } from './errors'
import { balanceOf, entriesOf } from './lots'
import type { StoredEntry, StoredLot } from './model'
import { addMonths } from './time'

export interface NewEntry {
  userId: string
  at: number
  amount: number
  reason: LedgerReason
  ref: string | null
  note: string
  /** for a refund: the lots it gives back; other positive entries expire 12 months from `at` */
  lots?: StoredLot[]
}

export function ledgerOf(store: PointsStore): StoredEntry[] {
  return store.state.ledger
}

export function pointsExpiryOf(earnedAt: number): number {
  return addMonths(earnedAt, POINTS_RULES.expiryMonths)
}

/**
 * The only way the ledger changes: one new entry at the end. It runs synchronously, so the
 * balance it checks is the balance it writes against: a spend that would take the balance
 * below zero is refused here, whatever its caller read before it awaited.
 */
export function appendEntry(store: PointsStore, entry: NewEntry): StoredEntry {
  if (!Number.isInteger(entry.amount) || entry.amount === 0)
    throw new Error('[mock] ledger amount must be a non-zero integer')
  const ledger = ledgerOf(store)
  const mine = entriesOf(ledger, entry.userId)
  const balance = balanceOf(mine)
  if (balance + entry.amount < 0) throw insufficientPoints(-(balance + entry.amount))
  const last = mine[mine.length - 1]
  // entries of one user run forward in time even when a clock-driven step is recorded late
  const at = last ? Math.max(entry.at, last.at) : entry.at
  const lots =
    entry.amount > 0 ? (entry.lots ?? [{ expiresAt: pointsExpiryOf(at), amount: entry.amount }]) : []
  if (entry.amount > 0 && lots.reduce((s, l) => s + l.amount, 0) !== entry.amount) {
    throw new Error('[mock] a positive entry must add lots worth its amount')
  }
  const stored: StoredEntry = Object.freeze({
    id: `pl-${String(ledger.length + 1).padStart(6, '0')}`,
    userId: entry.userId,
    at,
    amount: entry.amount,
    reason: entry.reason,
    ref: entry.ref,
    note: entry.note,
    balanceAfter: balance + entry.amount,
    lots: lots.map((l) => Object.freeze({ ...l })),
  })
  ledger.push(stored)
  return stored
}

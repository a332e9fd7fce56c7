import type { StoredEntry, StoredLot } from './model'

/** Points still unspent and unexpired, with when they expire. */
export interface OpenLot {
  expiresAt: number
  remaining: number
}

/** The entries of one user, oldest first (the ledger is kept in append order). */
export function entriesOf(ledger: readonly StoredEntry[], userId: string): StoredEntry[] {
  return ledger.filter((e) => e.userId === userId)
}

export function balanceOf(entries: readonly StoredEntry[]): number {
  return entries.reduce((sum, e) => sum + e.amount, 0)
}

/** Takes `amount` from the lots that expire first; returns what it took (as lots). */
function consume(lots: OpenLot[], amount: number): StoredLot[] {
  const taken: StoredLot[] = []
  let left = amount
  for (const lot of lots) {
    if (left === 0) break
    const take = Math.min(lot.remaining, left)
    if (take === 0) continue
    lot.remaining -= take
    left -= take
    taken.push({ expiresAt: lot.expiresAt, amount: take })
  }
  return taken
}

function sortLots(lots: OpenLot[]): void {
  lots.sort((a, b) => a.expiresAt - b.expiresAt)
}

/**
 * Replays a user's entries: positive ones add their lots, negative ones (spending, expiry) take
 * from the lots that expire first. Expiry takes exactly the lots due, because they are the first.
 */
export function openLots(entries: readonly StoredEntry[]): OpenLot[] {
  const lots: OpenLot[] = []
  for (const e of entries) {
    if (e.amount > 0) {
      for (const lot of e.lots) lots.push({ expiresAt: lot.expiresAt, remaining: lot.amount })
      sortLots(lots)
    } else if (e.amount < 0) {
      consume(lots, -e.amount)
    }
  }
  return lots.filter((l) => l.remaining > 0)
}

/** The lots a spend of `amount` would take now, oldest-expiring first. */
export function lotsToSpend(entries: readonly StoredEntry[], amount: number): StoredLot[] {
  return consume(openLots(entries), amount)
}

import { findLeafCategory } from '../seed-reference'
import type { StoredTicket } from './model'

/** The time rules of the lifecycle, all in one place. */
const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

/** A reporter may urge once per this long. */
export const URGE_INTERVAL_MS = DAY_MS
/** Reopening is possible this long after resolution (also after rating). */
export const REOPEN_WINDOW_MS = 7 * DAY_MS
/** A resolved ticket nobody rated closes itself this long after resolution. */
export const AUTO_CLOSE_AFTER_MS = 7 * DAY_MS

export { HOUR_MS, DAY_MS }

export function slaHoursOf(categoryId: string): number {
  const leaf = findLeafCategory(categoryId)
  if (!leaf) throw new Error(`[mock] ticket category ${categoryId} is not a leaf`)
  return leaf.slaHours
}

/** Past the promised deadline and not yet resolved, by the mock clock. */
export function isOverdue(ticket: StoredTicket, now: number): boolean {
  return (
    ticket.deadline !== null &&
    (ticket.status === 'dispatched' || ticket.status === 'processing') &&
    now > ticket.deadline
  )
}

export function lastUrgedAt(ticket: StoredTicket): number | null {
  for (let i = ticket.timeline.length - 1; i >= 0; i--) {
    if (ticket.timeline[i].kind === 'urged') return ticket.timeline[i].at
  }
  return null
}

/** When the reporter may urge next: now or later while dispatched/processing; null otherwise. */
export function urgeAvailableAt(ticket: StoredTicket, now: number): number | null {
  if (ticket.status !== 'dispatched' && ticket.status !== 'processing') return null
  const last = lastUrgedAt(ticket)
  return last === null ? now : Math.max(now, last + URGE_INTERVAL_MS)
}

export function autoCloseAt(ticket: StoredTicket): number | null {
  return ticket.status === 'resolved' && ticket.resolvedAt !== null
    ? ticket.resolvedAt + AUTO_CLOSE_AFTER_MS
    : null
}

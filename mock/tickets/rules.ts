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

/** 受理时限: a new report should be accepted (or turned down) within this long. */
export const ACCEPT_LIMIT_HOURS = 2
export const ACCEPT_LIMIT_MS = ACCEPT_LIMIT_HOURS * HOUR_MS
/** A grid worker may chase (督办) the department of an overdue ticket once per this long. */
export const SUPERVISE_INTERVAL_MS = HOUR_MS

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

/** When the 受理时限 runs out; null unless the ticket still waits to be accepted. */
export function acceptBy(ticket: StoredTicket): number | null {
  return ticket.status === 'submitted' ? ticket.createdAt + ACCEPT_LIMIT_MS : null
}

/** Still waiting to be accepted, longer than the 受理时限. */
export function isAcceptLate(ticket: StoredTicket, now: number): boolean {
  const by = acceptBy(ticket)
  return by !== null && now > by
}

/** Whole hours past the deadline, for 超期 N 小时; null when not overdue. */
export function overdueHours(ticket: StoredTicket, now: number): number | null {
  return isOverdue(ticket, now) && ticket.deadline !== null
    ? Math.floor((now - ticket.deadline) / HOUR_MS)
    : null
}

/** Reopened by the reporter and still being worked on (重办). */
export function isReopened(ticket: StoredTicket): boolean {
  return ticket.timeline.some((e) => e.kind === 'reopened') && isOpenStatus(ticket.status)
}

function isOpenStatus(status: StoredTicket['status']): boolean {
  return status === 'submitted' || status === 'accepted' || status === 'dispatched' || status === 'processing'
}

/** Urged and still being worked on (催办 ×N sorts to the top while it is open). */
export function isUrgedOpen(ticket: StoredTicket): boolean {
  return isOpenStatus(ticket.status) && ticket.timeline.some((e) => e.kind === 'urged')
}

export function lastSupervisedAt(ticket: StoredTicket): number | null {
  for (let i = ticket.timeline.length - 1; i >= 0; i--) {
    if (ticket.timeline[i].kind === 'supervised') return ticket.timeline[i].at
  }
  return null
}

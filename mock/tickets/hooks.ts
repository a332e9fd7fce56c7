import type { Store } from '../store'
import type { StoredTicket } from './model'

/**
 * Where the points ledger (a later issue) plugs into the ticket lifecycle. DESIGN.md "Points
 * rules": +5 when my report is accepted (at most 3 rewarded a day), +1 when I rate my
 * resolved ticket. Until the ledger exists these do nothing; there is deliberately no fake one.
 * commands.perform() calls them after the transition is stored, for every caller (resident
 * routes now, the grid worker's workbench next).
 */
export interface TicketHookContext {
  store: Store
  /** the ticket after the transition */
  ticket: StoredTicket
  now: number
}

/** A grid worker accepted the ticket: the reporter earns points (capped per day). */
export function onReportAccepted(ctx: TicketHookContext): void {
  void ctx
}

/** The reporter rated their resolved ticket: +1 point. */
export function onRated(ctx: TicketHookContext): void {
  void ctx
}

import { rewardRating, rewardReportAccepted } from '../points/award'
import type { Store } from '../store'
import type { StoredTicket } from './model'

/**
 * Where the points ledger plugs into the ticket lifecycle. DESIGN.md "Points rules": +5 when my
 * report is accepted (at most 3 rewarded a day), +1 when I rate my resolved ticket; each at most
 * once per ticket (mock/points/award.ts), so a reopened ticket accepted or rated again pays
 * nothing more. commands.perform() calls them after the transition is stored, for every caller
 * (resident routes now, the grid worker's workbench next).
 */
export interface TicketHookContext {
  store: Store
  /** the ticket after the transition */
  ticket: StoredTicket
  now: number
}

/** A grid worker accepted the ticket: the reporter earns points (capped per day). */
export function onReportAccepted(ctx: TicketHookContext): void {
  rewardReportAccepted(ctx.store, ctx.ticket.reporterId, ctx.ticket.id, ctx.now)
}

/** The reporter rated their resolved ticket: +1 point. */
export function onRated(ctx: TicketHookContext): void {
  rewardRating(ctx.store, ctx.ticket.reporterId, ctx.ticket.id, ctx.now)
}

import { notFound } from '../errors'
import type { Store } from '../store'
import { ticketId, ticketSeq, type StoredTicket } from './model'
import { ticketIndex } from './settle-index'

/**
 * The store's tickets, always read through here: time-driven steps (the simulated department's
 * work, the 7-day auto-close) are applied lazily, by the mock clock, before anyone looks, and
 * announced like any change (messages). A GET that moves tickets is not saved at once; the same
 * steps simply run again after a reload, with the same result (messages included). Only the
 * tickets whose next step is due are looked at (tickets/settle-index.ts), so a read costs the
 * same with 100 tickets as with 10,000.
 */
export function settledTickets(store: Store, now: number): StoredTicket[] {
  const index = ticketIndex(store)
  index.settle(store, now)
  return index.tickets
}

export function findTicket(store: Store, id: string, now: number): StoredTicket {
  settledTickets(store, now)
  const found = ticketIndex(store).find(id)
  if (!found) throw notFound('没有找到这个问题')
  return found
}

/** Replaces a ticket by id with its new value (tickets are never edited in place). */
export function putTicket(store: Store, ticket: StoredTicket): void {
  if (!ticketIndex(store).put(ticket)) throw new Error(`[mock] putTicket: no ticket ${ticket.id}`)
}

export function nextTicketSeq(store: Store): number {
  const tickets = store.state.tickets
  return tickets.length === 0 ? 1 : ticketSeq(tickets[tickets.length - 1].id) + 1
}

export function nextTicketId(store: Store): string {
  return ticketId(nextTicketSeq(store))
}

export function insertTicket(store: Store, ticket: StoredTicket): void {
  store.state.tickets.push(ticket)
}

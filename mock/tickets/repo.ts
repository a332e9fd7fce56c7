import { announceLate, jobsByTicket, progress } from '../department/work'
import { notFound } from '../errors'
import type { Store } from '../store'
import { afterChange } from './effects'
import { settle } from './lifecycle'
import { ticketId, ticketSeq, type StoredTicket } from './model'

/**
 * The store's tickets, always read through here: time-driven steps (the simulated department's
 * work, the 7-day auto-close) are applied lazily, by the mock clock, before anyone looks, and
 * announced like any change (messages). A GET that moves tickets is not saved at once; the same
 * steps simply run again after a reload, with the same result (messages included).
 */
export function settledTickets(store: Store, now: number): StoredTicket[] {
  const tickets = store.state.tickets
  const jobs = jobsByTicket(store)
  for (let i = 0; i < tickets.length; i++) {
    const before = tickets[i]
    const job = jobs.get(before.id)
    announceLate(store, before, job, now)
    const after = settle(progress(before, job, now), now)
    if (after === before) continue
    tickets[i] = after
    afterChange(store, before, after)
  }
  return tickets
}

export function findTicket(store: Store, id: string, now: number): StoredTicket {
  const found = settledTickets(store, now).find((t) => t.id === id)
  if (!found) throw notFound('没有找到这个问题')
  return found
}

/** Replaces a ticket by id with its new value (tickets are never edited in place). */
export function putTicket(store: Store, ticket: StoredTicket): void {
  const tickets = store.state.tickets
  const i = tickets.findIndex((t) => t.id === ticket.id)
  if (i < 0) throw new Error(`[mock] putTicket: no ticket ${ticket.id}`)
  tickets[i] = ticket
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

import type { DepartmentJob } from '../department/model'
import { announceLate, progress } from '../department/work'
import type { Store } from '../store'
import { afterChange } from './effects'
import { settle } from './lifecycle'
import type { StoredTicket } from './model'
import { ListOrder } from './queries-order'
import { DueQueue, dueAt } from './settle-queue'

/**
 * What the store's ticket list is asked on every request, kept up to date instead of found by
 * a scan: where each id sits in the list, the list orders (queries-order.ts) and when each
 * ticket falls due for the clock (settle-queue.ts). Tickets are only ever appended to the list
 * and replaced in their slot (repo.putTicket), so a slot never moves and appended tickets are
 * found by the list's length. The department's jobs are a value replaced on every change, so a
 * new jobs array is compared job by job to find the tickets whose due moment moved.
 */
export class TicketIndex {
  readonly order = new ListOrder()
  /** how many tickets of the list are indexed */
  private seen = 0
  private readonly slot = new Map<string, number>()
  private readonly due = new DueQueue()
  /** ids whose due moment must be worked out again */
  private readonly stale = new Set<string>()
  private jobsSeen: readonly DepartmentJob[] | null = null
  private jobs = new Map<string, DepartmentJob>()

  constructor(readonly tickets: StoredTicket[]) {}

  /** false when the list shrank: only a new index can describe it */
  get valid(): boolean {
    return this.tickets.length >= this.seen
  }

  /** takes in the tickets appended since the last look */
  sync(): void {
    const tickets = this.tickets
    if (this.seen === tickets.length) return
    const added: StoredTicket[] = []
    for (let i = this.seen; i < tickets.length; i++) {
      const t = tickets[i]
      // the first of two equal ids is the one a scan would find
      if (this.slot.has(t.id)) continue
      this.slot.set(t.id, i)
      added.push(t)
      this.stale.add(t.id)
    }
    this.order.addAll(added)
    this.seen = tickets.length
  }

  find(id: string): StoredTicket | undefined {
    this.sync()
    const i = this.slot.get(id)
    return i === undefined ? undefined : this.tickets[i]
  }

  /** the ticket in an indexed entry's slot (its current value) */
  at(id: string): StoredTicket {
    return this.tickets[this.slot.get(id) as number]
  }

  /** replaces a ticket by id; false when there is none */
  put(ticket: StoredTicket): boolean {
    this.sync()
    const i = this.slot.get(ticket.id)
    if (i === undefined) return false
    const old = this.tickets[i]
    this.tickets[i] = ticket
    if (old.createdAt !== ticket.createdAt || old.reporterId !== ticket.reporterId) {
      this.order.remove(old)
      this.order.add(ticket)
    }
    this.stale.add(ticket.id)
    return true
  }

  /**
   * Applies the time-driven steps due by `now` — the department's work, the 7-day auto-close,
   * a late job announced — to the tickets they are due on, in list order, each once, dated when
   * due and announced through effects.ts: exactly what looking at every ticket would do, since a
   * ticket not yet due would be left as it is (settle-queue.ts).
   */
  settle(store: Store, now: number): void {
    this.sync()
    this.refresh(store)
    const due = this.due.takeDue(now)
    if (due.length === 0) return
    const slots = due.map((id) => this.slot.get(id) as number).sort((a, b) => a - b)
    // the jobs as they were before the first step, as one pass over the list sees them
    const jobs = this.jobs
    for (const i of slots) {
      const before = this.tickets[i]
      const job = jobs.get(before.id)
      announceLate(store, before, job, now)
      const after = settle(progress(before, job, now), now)
      this.stale.add(before.id)
      if (after === before) continue
      this.tickets[i] = after
      afterChange(store, before, after)
    }
    this.refresh(store)
  }

  /** how many tickets wait for the clock (tests) */
  get pending(): number {
    return this.due.size
  }

  private refresh(store: Store): void {
    const jobs = store.state.department.jobs
    if (jobs !== this.jobsSeen) {
      const next = new Map(jobs.map((j) => [j.ticketId, j]))
      for (const [id, job] of next) if (this.jobs.get(id) !== job) this.stale.add(id)
      for (const id of this.jobs.keys()) if (!next.has(id)) this.stale.add(id)
      this.jobs = next
      this.jobsSeen = jobs
    }
    for (const id of this.stale) {
      const i = this.slot.get(id)
      if (i !== undefined) this.due.set(id, dueAt(this.tickets[i], this.jobs.get(id)))
    }
    this.stale.clear()
  }
}

const byList = new WeakMap<readonly StoredTicket[], TicketIndex>()

/** The index of the store's ticket list (a new one after a reset or reload replaced the list). */
export function ticketIndex(store: Store): TicketIndex {
  const tickets = store.state.tickets
  let index = byList.get(tickets)
  if (!index || !index.valid) {
    index = new TicketIndex(tickets)
    byList.set(tickets, index)
  }
  return index
}

/** The index of a list, if it is a store's list that has one (queries page through it). */
export function indexOfList(tickets: readonly StoredTicket[]): TicketIndex | undefined {
  const index = byList.get(tickets)
  if (!index?.valid) return undefined
  index.sync()
  return index
}

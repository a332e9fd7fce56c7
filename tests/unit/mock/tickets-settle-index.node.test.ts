import fc from 'fast-check'
import { STATUS_FILTER_MEMBERS, type StatusFilter } from '../../../src/contract'
import { announceLate, jobsByTicket, progress } from '../../../mock/department/work'
import { MockError } from '../../../mock/errors'
import { memoryStorage } from '../../../mock/persistence'
import { seededRandom } from '../../../mock/random'
import { COMMUNITIES } from '../../../mock/seed-places'
import { createStore, type Store } from '../../../mock/store'
import { generateTickets } from '../../../mock/tickets/bulk'
import { perform } from '../../../mock/tickets/commands'
import { afterChange } from '../../../mock/tickets/effects'
import { settle } from '../../../mock/tickets/lifecycle'
import type { StoredTicket } from '../../../mock/tickets/model'
import { listTickets, type ListParams } from '../../../mock/tickets/queries'
import { nextTicketSeq, settledTickets } from '../../../mock/tickets/repo'
import { OTHER_REPORTERS } from '../../../mock/tickets/seed-people'
import { ticketIndex } from '../../../mock/tickets/settle-index'
import { TRANSITIONS, type Action } from '../../../mock/tickets/transitions'
import { actorOf } from '../../../mock/tickets/view'
import { T0 } from './helpers'
import { commands } from '../../utils/commands'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** What settling did before it kept an index: every ticket looked at, in list order, each pass. */
function settleByScan(store: Store, now: number): void {
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
}

/** A store of its own holding a copy of `store`'s state (its list has no index). */
function copyOf(store: Store): Store {
  const copy = createStore(memoryStorage(), () => T0)
  Object.assign(copy.state, JSON.parse(JSON.stringify(store.state)))
  return copy
}

const json = (store: Store) => JSON.stringify(store.state)

/** Grid workers' and reporters' steps; the department's work and the auto-close come from the clock. */
const ACTIONS: Action[] = [
  { type: 'accept' },
  { type: 'dispatch' },
  { type: 'dispatch' },
  { type: 'supervise' },
  { type: 'resolveOnSpot', note: '已现场处理', photos: [] },
  { type: 'rate', stars: 4, comment: '' },
  { type: 'reopen', reason: '又坏了' },
  { type: 'urge' },
]

const step = commands({
  // forward by minutes, hours or days; now and then a step back
  clock: {
    minutes: fc.oneof(fc.integer({ min: -180, max: 12 * 60 }), fc.integer({ min: 0, max: 12 * 24 * 60 })),
  },
  act: { pick: fc.nat(), action: fc.integer({ min: 0, max: ACTIONS.length - 1 }) },
  add: { count: fc.integer({ min: 1, max: 30 }) },
})

const hasWorker = (store: Store, t: StoredTicket) =>
  store.state.users.some((u) => u.role === 'grid_worker' && u.gridId === t.gridId)

function act(store: Store, ticket: StoredTicket, action: Action, now: number): void {
  const person =
    action.type === 'rate' || action.type === 'reopen' || action.type === 'urge'
      ? store.findUser(ticket.reporterId)
      : store.state.users.find((u) => u.role === 'grid_worker' && u.gridId === ticket.gridId)
  if (!person) return
  try {
    perform(store, ticket.id, action, actorOf(person), now)
  } catch (e) {
    if (!(e instanceof MockError)) throw e
  }
}

function addTickets(store: Store, count: number, now: number): void {
  const firstSeq = nextTicketSeq(store)
  store.state.tickets.push(
    ...generateTickets({
      count,
      reporters: ['u-resident-1', 'u-resident-2'],
      supporters: OTHER_REPORTERS,
      communities: COMMUNITIES,
      firstSeq,
      now,
      rng: seededRandom(firstSeq),
      mix: { submitted: 2, accepted: 2, dispatched: 1, processing: 1, resolved: 3, rated: 1, rejected: 1 },
    }),
  )
}

describe('settling only the tickets that are due', () => {
  it('property: after any moves of the clock and any steps, equals looking at every ticket', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const store = createStore(memoryStorage(), () => T0)
        let now = T0
        addTickets(store, 40, now)
        settledTickets(store, now)
        for (const s of steps) {
          if (s.kind === 'clock') {
            now += s.minutes * MINUTE
            // the same state settled both ways at the new moment
            const scanned = copyOf(store)
            settleByScan(scanned, now)
            settledTickets(store, now)
            if (json(store) !== json(scanned)) return false
          } else if (s.kind === 'act') {
            // a ticket the step applies to, when there is one
            const action = ACTIONS[s.action]
            const from = TRANSITIONS[action.type].from
            const fits = store.state.tickets.filter((t) => from.includes(t.status) && hasWorker(store, t))
            if (fits.length) act(store, fits[s.pick % fits.length], action, now)
          } else {
            addTickets(store, s.count, now)
          }
        }
        // and nothing is left waiting that a full look would still change
        const later = now + 60 * DAY
        const scanned = copyOf(store)
        settleByScan(scanned, later)
        settledTickets(store, later)
        return json(store) === json(scanned)
      }),
      { numRuns: 30 },
    )
  })

  it('forgets what can no longer change: closed and finished tickets wait for nothing', () => {
    const store = createStore(memoryStorage(), () => T0)
    addTickets(store, 200, T0)
    settledTickets(store, T0)
    const waiting = ticketIndex(store).pending
    expect(waiting).toBe(store.state.tickets.filter((t) => t.status === 'resolved').length)
    expect(waiting).toBeGreaterThan(0)
    settledTickets(store, T0 + 30 * DAY)
    expect(ticketIndex(store).pending).toBe(0)
    expect(store.state.tickets.some((t) => t.status === 'resolved')).toBe(false)
  })
})

describe('lists paged through the kept order', () => {
  const FILTERS = Object.keys(STATUS_FILTER_MEMBERS) as StatusFilter[]

  /** every page of a list, following its cursors */
  function walk(tickets: readonly StoredTicket[], viewerId: string, store: Store, q: ListParams) {
    const viewer = store.findUser(viewerId)!
    const pages: { ids: string[]; nextCursor: string | null }[] = []
    let cursor: string | undefined
    for (;;) {
      const { items, nextCursor } = listTickets(tickets, viewer, { ...q, cursor })
      pages.push({ ids: items.map((t) => t.id), nextCursor })
      if (!nextCursor) return pages
      cursor = nextCursor
    }
  }

  it('property: every page and cursor equals sorting the whole list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(...FILTERS),
        fc.constantFrom('mine' as const, 'following' as const),
        fc.constantFrom('u-resident-1', 'u-resident-2', 'u-resident-3'),
        (count, limit, status, scope, viewerId) => {
          const store = createStore(memoryStorage(), () => T0)
          // added in two rounds, the later one dated earlier: the order is by date, not by arrival
          addTickets(store, count, T0)
          addTickets(store, Math.ceil(count / 3), T0 - 400 * DAY)
          const tickets = settledTickets(store, T0)
          const q: ListParams = { scope, status, limit }
          const kept = walk(tickets, viewerId, store, q)
          // a copy of the list has no index: it is filtered and sorted as a whole
          expect(kept).toEqual(walk([...tickets], viewerId, store, q))
        },
      ),
      { numRuns: 60 },
    )
  })
})

import type { Api } from '../../src/contract'
import type { Clock } from '../clock'
import { setFaults } from '../faults'
import { seededRandom } from '../random'
import type { Routes } from '../route-types'
import { COMMUNITIES } from '../seed-places'
import { DEFAULT_USER_ID } from '../seed-users'
import { generateTickets, type BulkOptions } from '../tickets/bulk'
import { nextTicketSeq } from '../tickets/repo'
import { OTHER_REPORTERS } from '../tickets/seed-people'
import { toDevUser } from '../users'

/** Every state, weighted the way a long-time reporter's list looks: mostly finished. */
const BENCH_MIX: BulkOptions['mix'] = {
  submitted: 2,
  accepted: 2,
  dispatched: 2,
  processing: 2,
  resolved: 2,
  rated: 4,
  autoClosed: 3,
  rejected: 1,
  merged: 1,
}

function clockView(clock: Clock) {
  return { now: clock.nowIso(), offsetMinutes: clock.offsetMinutes }
}

export const routes = {
  devUsers: ({ store }) => ({
    items: store.state.users.map(toDevUser),
  }),

  devReset: ({ store }) => {
    store.reset()
    return { ok: true }
  },

  devClock: ({ clock }) => clockView(clock),

  devAdvanceClock: ({ body, clock }) => {
    clock.advance(body.advanceMinutes)
    return clockView(clock)
  },

  devFaults: ({ body, store }) => {
    setFaults(store, body.kind, body.count)
    return { ...store.state.meta.faults }
  },

  /** The list benchmark: `count` varied tickets for the first seeded resident, in one go. */
  devSeedTickets: ({ body, store, clock }) => {
    const now = clock.now()
    const firstSeq = nextTicketSeq(store)
    const tickets = generateTickets({
      count: body.count,
      reporters: [DEFAULT_USER_ID],
      supporters: OTHER_REPORTERS,
      communities: COMMUNITIES,
      firstSeq,
      now,
      rng: seededRandom(firstSeq),
      mix: BENCH_MIX,
    })
    store.state.tickets.push(...tickets)
    return { created: tickets.length }
  },
} satisfies Partial<Routes<Api>>

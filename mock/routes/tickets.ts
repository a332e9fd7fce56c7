import type { Api } from '../../src/contract'
import { signedIn, type Routes } from '../route-types'
import { createTicket as create } from '../tickets/create'
import { listTickets as list, nearbyTickets as nearby } from '../tickets/queries'
import { findTicket, settledTickets } from '../tickets/repo'
import { toListItem, toTicket } from '../tickets/view'

export const routes = {
  nearbyTickets: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    return {
      items: nearby(settledTickets(ctx.store, now), user, ctx.query).map((t) => toListItem(t, user, now)),
    }
  },

  /** Idempotent through the router: a retry with the same Idempotency-Key replays this answer. */
  createTicket: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    settledTickets(ctx.store, now)
    return toTicket(create(ctx.store, user, ctx.body, now), user, now)
  },

  listTickets: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    const { items, nextCursor } = list(settledTickets(ctx.store, now), user, ctx.query)
    return { items: items.map((t) => toListItem(t, user, now)), nextCursor }
  },

  getTicket: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    return toTicket(findTicket(ctx.store, ctx.params.id, now), user, now)
  },
} satisfies Partial<Routes<Api>>

import type { Api } from '../../src/contract'
import { reply, signedIn, type RouteHandler } from '../route-types'
import { createTicket as create } from '../tickets/create'
import { listTickets as list, nearbyTickets as nearby } from '../tickets/queries'
import { findTicket, settledTickets } from '../tickets/repo'
import { toSummary, toTicket } from '../tickets/view'

export const nearbyTickets: RouteHandler<Api['nearbyTickets']> = (ctx) => {
  const user = signedIn(ctx)
  const now = ctx.clock.now()
  return { items: nearby(settledTickets(ctx.store, now), user, ctx.query).map((t) => toSummary(t, now)) }
}

/** Idempotent through the router: a retry with the same Idempotency-Key replays this answer. */
export const createTicket: RouteHandler<Api['createTicket']> = (ctx) => {
  const user = signedIn(ctx)
  const now = ctx.clock.now()
  settledTickets(ctx.store, now)
  return reply(toTicket(create(ctx.store, user, ctx.body, now), user, now), { status: 201 })
}

export const listTickets: RouteHandler<Api['listTickets']> = (ctx) => {
  const user = signedIn(ctx)
  const now = ctx.clock.now()
  const { items, nextCursor } = list(settledTickets(ctx.store, now), user, ctx.query)
  return { items: items.map((t) => toSummary(t, now)), nextCursor }
}

export const getTicket: RouteHandler<Api['getTicket']> = (ctx) => {
  const user = signedIn(ctx)
  const now = ctx.clock.now()
  return toTicket(findTicket(ctx.store, ctx.params.id, now), user, now)
}

import type { Api, WorkbenchTicket } from '../../src/contract'
import { validationFailed, type FieldErrors } from '../errors'
import { signedIn, type Routes, type RouteServices } from '../route-types'
import { perform } from '../tickets/commands'
import { ownPhotos } from '../tickets/create'
import { mergeCandidates as candidatesOf } from '../tickets/merge'
import { settledTickets } from '../tickets/repo'
import type { Action } from '../tickets/transitions'
import { actorOf } from '../tickets/view'
import { gridOf, gridTicket } from '../workbench/access'
import { workbenchQueue, workbenchSummary as summaryOf } from '../workbench/queue'
import { toMergeCandidate, toWorkbenchItem, toWorkbenchTicket } from '../workbench/view'
import { runBatch } from '../workbench/batch'
import { workbenchStats as statsOf } from '../workbench/stats'

/** The grid worker's workbench. Every ticket route checks the grid first (403), then the engine decides. */

type TicketRoute = RouteServices & { params: { id: string } }

/** Grid first, then `action` (built once the ticket is known to be the worker's), then the new view. */
function act(ctx: TicketRoute, action: () => Action): WorkbenchTicket {
  const user = signedIn(ctx)
  const now = ctx.clock.now()
  gridTicket(ctx.store, user, ctx.params.id, now)
  const next = perform(ctx.store, ctx.params.id, action(), actorOf(user), now)
  return toWorkbenchTicket(next, user, now, ctx.store.state.tickets)
}

export const routes = {
  workbenchSummary: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    return summaryOf(settledTickets(ctx.store, now), gridOf(user), now)
  },

  workbenchTickets: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    const { items, nextCursor } = workbenchQueue(settledTickets(ctx.store, now), gridOf(user), ctx.query, now)
    return { items: items.map((t) => toWorkbenchItem(t, now)), nextCursor }
  },

  workbenchTicket: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    const ticket = gridTicket(ctx.store, user, ctx.params.id, now)
    return toWorkbenchTicket(ticket, user, now, ctx.store.state.tickets)
  },

  mergeCandidates: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    const ticket = gridTicket(ctx.store, user, ctx.params.id, now)
    return { items: candidatesOf(ctx.store.state.tickets, ticket).map((c) => toMergeCandidate(c, now)) }
  },

  acceptTicket: (ctx) => act(ctx, () => ({ type: 'accept' })),

  rejectTicket: (ctx) => act(ctx, () => ({ type: 'reject', reason: ctx.body.reason })),

  mergeTicket: (ctx) => act(ctx, () => ({ type: 'merge', intoId: ctx.body.intoId })),

  dispatchTicket: (ctx) =>
    act(ctx, () => ({ type: 'dispatch', departmentId: ctx.body.departmentId, note: ctx.body.note })),

  recategorizeTicket: (ctx) =>
    act(ctx, () => ({ type: 'recategorize', categoryId: ctx.body.categoryId, reason: ctx.body.reason })),

  superviseTicket: (ctx) => act(ctx, () => ({ type: 'supervise', note: ctx.body.note })),

  batchTickets: (ctx) => {
    const user = signedIn(ctx)
    gridOf(user)
    return { results: runBatch(ctx.store, user, ctx.body.action, ctx.body.ids, ctx.clock.now()) }
  },

  workbenchStats: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    return statsOf(settledTickets(ctx.store, now), gridOf(user), ctx.query, now)
  },

  resolveTicket: (ctx) =>
    act(ctx, () => {
      const fields: FieldErrors = {}
      const photos = ownPhotos(ctx.store, signedIn(ctx), ctx.body.photos, fields)
      if (Object.keys(fields).length > 0) throw validationFailed(fields)
      return { type: 'resolveOnSpot', note: ctx.body.note, photos }
    }),
} satisfies Partial<Routes<Api>>

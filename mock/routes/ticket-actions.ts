import type { Api, Ticket } from '../../src/contract'
import { signedIn, type RouteHandler, type RouteServices } from '../route-types'
import { perform } from '../tickets/commands'
import type { Action } from '../tickets/transitions'
import { actorOf, toTicket } from '../tickets/view'

/** The resident's actions on a ticket: the lifecycle engine decides, the answer is the new ticket. */
function act(ctx: RouteServices & { params: { id: string } }, action: Action): Ticket {
  const user = signedIn(ctx)
  const now = ctx.clock.now()
  return toTicket(perform(ctx.store, ctx.params.id, action, actorOf(user), now), user, now)
}

export const urgeTicket: RouteHandler<Api['urgeTicket']> = (ctx) => act(ctx, { type: 'urge' })

export const rateTicket: RouteHandler<Api['rateTicket']> = (ctx) =>
  act(ctx, { type: 'rate', stars: ctx.body.stars, comment: ctx.body.comment })

export const reopenTicket: RouteHandler<Api['reopenTicket']> = (ctx) =>
  act(ctx, { type: 'reopen', reason: ctx.body.reason })

export const supportTicket: RouteHandler<Api['supportTicket']> = (ctx) => act(ctx, { type: 'support' })

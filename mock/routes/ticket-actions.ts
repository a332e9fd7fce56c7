import type { Api, Ticket } from '../../src/contract'
import { validationFailed, type FieldErrors } from '../errors'
import { signedIn, type Routes, type RouteServices } from '../route-types'
import { perform } from '../tickets/commands'
import { ownPhotos } from '../tickets/create'
import type { Action } from '../tickets/transitions'
import { actorOf, toTicket } from '../tickets/view'

/** The resident's actions on a ticket: the lifecycle engine decides, the answer is the new ticket. */
function act(ctx: RouteServices & { params: { id: string } }, action: Action): Ticket {
  const user = signedIn(ctx)
  const now = ctx.clock.now()
  return toTicket(perform(ctx.store, ctx.params.id, action, actorOf(user), now), user, now)
}

export const routes = {
  urgeTicket: (ctx) => act(ctx, { type: 'urge' }),

  rateTicket: (ctx) => act(ctx, { type: 'rate', stars: ctx.body.stars, comment: ctx.body.comment }),

  reopenTicket: (ctx) => act(ctx, { type: 'reopen', reason: ctx.body.reason }),

  supportTicket: (ctx) => act(ctx, { type: 'support' }),

  /** 居民补充: only the caller's own uploads; idempotent through the router like every action. */
  addTicketPhotos: (ctx) => {
    const fields: FieldErrors = {}
    const photos = ownPhotos(ctx.store, signedIn(ctx), ctx.body.photos, fields)
    if (Object.keys(fields).length > 0) throw validationFailed(fields)
    return act(ctx, { type: 'addPhotos', photos })
  },
} satisfies Partial<Routes<Api>>

import type { Api } from '../../src/contract'
import { signedIn, type Routes } from '../route-types'
import { mapPins } from '../tickets/map-pins'
import { settledTickets } from '../tickets/repo'

export const routes = {
  ticketMap: (ctx) => {
    signedIn(ctx)
    const now = ctx.clock.now()
    return mapPins(settledTickets(ctx.store, now), ctx.query, now)
  },
} satisfies Partial<Routes<Api>>

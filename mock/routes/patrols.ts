import type { Api } from '../../src/contract'
import { pageAfter } from '../paging'
import { signedIn, type Routes } from '../route-types'
import { addPoints, findPatrol, finishPatrol, myPatrols, reportHazard, startPatrol } from '../patrols/service'
import { toPatrol, toPatrolSummary } from '../patrols/view'
import { settledTickets } from '../tickets/repo'

/** 巡查: a grid worker's own patrols only. */

const ms = (iso: string) => new Date(iso).getTime()

export const routes = {
  startPatrol: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    return toPatrol(startPatrol(ctx.store, user, now), now, [])
  },

  addPatrolPoints: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    const points = ctx.body.points.map((p) => ({ lat: p.lat, lng: p.lng, at: ms(p.at) }))
    return toPatrolSummary(addPoints(ctx.store, user, ctx.params.id, points, now), now)
  },

  reportHazard: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    const { patrol } = reportHazard(ctx.store, user, ctx.params.id, ctx.body, now)
    return toPatrol(patrol, now, ctx.store.state.tickets)
  },

  finishPatrol: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    return toPatrol(finishPatrol(ctx.store, user, ctx.params.id, now), now, settledTickets(ctx.store, now))
  },

  listPatrols: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    const newest = [...myPatrols(ctx.store, user)].reverse()
    const page = pageAfter(newest, (p) => p.id, ctx.query.cursor, ctx.query.limit)
    return { items: page.items.map((p) => toPatrolSummary(p, now)), nextCursor: page.nextCursor }
  },

  getPatrol: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    return toPatrol(findPatrol(ctx.store, user, ctx.params.id), now, settledTickets(ctx.store, now))
  },
} satisfies Partial<Routes<Api>>

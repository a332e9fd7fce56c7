import type { Api } from '../../src/contract'
import type { Clock } from '../clock'
import { setFaults } from '../faults'
import type { RouteHandler } from '../route-types'
import { toDevUser } from '../users'

function clockView(clock: Clock) {
  return { now: clock.nowIso(), offsetMinutes: clock.offsetMinutes }
}

export const devUsers: RouteHandler<Api['devUsers']> = ({ store }) => ({
  items: store.state.users.map(toDevUser),
})

export const devReset: RouteHandler<Api['devReset']> = ({ store }) => {
  store.reset()
  return { ok: true }
}

export const devClock: RouteHandler<Api['devClock']> = ({ clock }) => clockView(clock)

export const devAdvanceClock: RouteHandler<Api['devAdvanceClock']> = ({ body, clock }) => {
  clock.advance(body.advanceMinutes)
  return clockView(clock)
}

export const devFaults: RouteHandler<Api['devFaults']> = ({ body, store }) => {
  setFaults(store, body.kind, body.count)
  return { ...store.state.meta.faults }
}

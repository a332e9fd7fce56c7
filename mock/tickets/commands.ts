import type { Store } from '../store'
import { onRated, onReportAccepted } from './hooks'
import { apply } from './lifecycle'
import type { StoredTicket } from './model'
import { findTicket, putTicket } from './repo'
import type { Action, Actor } from './transitions'

/**
 * The one way a route changes a ticket: the engine decides, the store keeps the new value,
 * then the hooks hear about it. A refusal throws before anything is stored.
 */
export function perform(store: Store, id: string, action: Action, actor: Actor, now: number): StoredTicket {
  const next = apply(findTicket(store, id, now), action, actor, now)
  putTicket(store, next)
  const ctx = { store, ticket: next, now }
  if (action.type === 'accept') onReportAccepted(ctx)
  if (action.type === 'rate') onRated(ctx)
  return next
}

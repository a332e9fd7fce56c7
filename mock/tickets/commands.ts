import type { Store } from '../store'
import { afterChange } from './effects'
import { onRated, onReportAccepted } from './hooks'
import { apply } from './lifecycle'
import { checkMergeTarget } from './merge'
import type { StoredTicket } from './model'
import { findTicket, putTicket } from './repo'
import type { Action, Actor } from './transitions'

/**
 * The one way a route changes a ticket: the engine decides (and, for a merge, the target is
 * checked against the other tickets), the store keeps the new value, then its events become
 * messages and department work (effects.ts) and the points hooks hear about it. A refusal
 * throws before anything is stored.
 */
export function perform(store: Store, id: string, action: Action, actor: Actor, now: number): StoredTicket {
  const before = findTicket(store, id, now)
  const next = apply(before, action, actor, now)
  if (action.type === 'merge') checkMergeTarget(store.state.tickets, before, action.intoId)
  putTicket(store, next)
  afterChange(store, before, next)
  const ctx = { store, ticket: next, now }
  if (action.type === 'accept') onReportAccepted(ctx)
  if (action.type === 'rate') onRated(ctx)
  return next
}

import type { BatchAction, BatchResult } from '../../src/contract'
import { MockError, validationFailed, type FieldErrors } from '../errors'
import { settledTickets } from '../tickets/repo'
import type { StoredUser } from '../state'
import type { Store } from '../store'
import { perform } from '../tickets/commands'
import { actorOf } from '../tickets/view'
import { gridTicket } from './access'
import { toWorkbenchItem } from './view'

/**
 * 批量受理 / 批量派单: each ticket goes through exactly the path of its single action (grid check,
 * engine, effects), independently; one refused ticket does not stop the others.
 */
export function runBatch(
  store: Store,
  user: StoredUser,
  action: BatchAction,
  ids: readonly string[],
  now: number,
): BatchResult[] {
  // an id nobody has is a mistake in the request, refused as a whole before anything changes
  const known = new Set(settledTickets(store, now).map((t) => t.id))
  const unknown: FieldErrors = {}
  ids.forEach((id, i) => {
    if (!known.has(id)) unknown[`ids.${i}`] = '没有找到这个问题，请刷新列表'
  })
  if (Object.keys(unknown).length > 0) throw validationFailed(unknown)
  return ids.map((id) => {
    try {
      gridTicket(store, user, id, now)
      const next = perform(store, id, { type: action }, actorOf(user), now)
      return { id, ok: true, item: toWorkbenchItem(next, now), error: null }
    } catch (e) {
      if (!(e instanceof MockError)) throw e
      return { id, ok: false, item: null, error: { code: e.code, message: e.message } }
    }
  })
}

import type { WireResponse } from '../src/contract'
import type { Clock } from './clock'
import { conflict, idempotencyMismatch } from './errors'
import type { Store } from './store'

/** How long a key is remembered; a client retries within minutes, not days. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

/** when each store was last pruned: a sweep over every record runs at most once an hour */
const pruned = new WeakMap<Store, number>()
const PRUNE_EVERY_MS = 60 * 60 * 1000

function prune(store: Store, now: number): void {
  const last = pruned.get(store)
  if (last !== undefined && now - last < PRUNE_EVERY_MS && now >= last) return
  pruned.set(store, now)
  for (const [id, record] of Object.entries(store.state.idempotency)) {
    if (record.response && now - record.createdAt > IDEMPOTENCY_TTL_MS) delete store.state.idempotency[id]
  }
}

/**
 * The IETF Idempotency-Key draft: the first request with a key runs and its response is kept;
 * a retry with the same key and fingerprint replays that response; a retry while the first
 * is still running gets 409; the same key with a different request gets 422. Server errors
 * are not kept, so a retry after one runs again.
 */
export async function runIdempotent(
  store: Store,
  clock: Clock,
  request: { scope: string; key: string; fingerprint: string },
  execute: () => Promise<WireResponse>,
): Promise<WireResponse> {
  prune(store, clock.now())
  const id = `${request.scope}|${request.key}`
  const records = store.state.idempotency
  const existing = Object.prototype.hasOwnProperty.call(records, id) ? records[id] : undefined
  if (existing) {
    if (existing.fingerprint !== request.fingerprint) throw idempotencyMismatch()
    if (!existing.response) throw conflict('上一次提交还在处理中，请稍候')
    const { status, headers, body } = existing.response
    return { status, headers: { ...headers, 'idempotent-replayed': 'true' }, body: clone(body) }
  }

  const record: (typeof records)[string] = { fingerprint: request.fingerprint, createdAt: clock.now() }
  records[id] = record
  // reset() may replace the records while this runs: only ever touch our own record
  const release = () => {
    if (store.state.idempotency[id] === record) delete store.state.idempotency[id]
  }
  let response: WireResponse
  try {
    response = await execute()
  } catch (e) {
    release()
    throw e
  }
  if (response.status >= 500 || response.networkError || response.rawBody !== undefined) {
    release()
  } else {
    const headers = { ...response.headers }
    delete headers['x-request-id']
    record.response = { status: response.status, headers, body: clone(response.body) }
    // put back through the store, so its save knows the record changed
    if (store.state.idempotency[id] === record) store.state.idempotency[id] = record
  }
  return response
}

/** Stored and replayed bodies never share objects with what a caller may mutate. */
function clone(body: unknown): unknown {
  return body === undefined ? undefined : JSON.parse(JSON.stringify(body))
}

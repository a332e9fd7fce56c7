import type { FaultKind } from '../src/contract'
import type { Store } from './store'

/** Consumes one injected fault, if any are left (the developer panel sets them). */
export function takeFault(store: Store): FaultKind | null {
  const faults = store.state.meta.faults
  if (faults.remaining <= 0 || faults.kind === null) return null
  const kind = faults.kind
  faults.remaining -= 1
  if (faults.remaining === 0) faults.kind = null
  return kind
}

export function setFaults(store: Store, kind: FaultKind, count: number): void {
  store.state.meta.faults = { kind, remaining: count }
}

/** A body a JSON parser chokes on halfway, like a response cut off by a flaky network. */
export const MALFORMED_BODY = '{"items":[{"id":'

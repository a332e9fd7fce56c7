import { api, type WireRequest, type WireResponse } from '../src/contract'
import { createClock, type Clock } from './clock'
import { memoryStorage, type KeyValueStorage } from './persistence'
import { createRouter } from './router'
import { routes } from './routes'
import { createStore, type Store } from './store'

export interface MockBackendOptions {
  /** Taro storage in the app; memory when absent (tests, node) */
  storage?: KeyValueStorage
  /** how long the `slow` fault holds a request (default 2500 ms) */
  slowMs?: number
  /** real time; tests pin it */
  now?: () => number
}

export interface MockBackend {
  handle(req: WireRequest): Promise<WireResponse>
  /** reseed, and forget tokens, idempotency records, the clock offset and faults */
  reset(): void
  /** moving it (advance) is persisted like any request's change */
  clock: Clock
  store: Store
}

/** The one entry every binding (msw, in-process, node:http) uses. */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const store = createStore(options.storage ?? memoryStorage(), options.now)
  const meta = () => store.state.meta
  const baseClock = createClock(
    {
      getOffsetMs: () => meta().clockOffsetMs,
      setOffsetMs: (ms) => {
        meta().clockOffsetMs = ms
      },
    },
    options.now,
  )
  const clock: Clock = {
    now: baseClock.now,
    nowIso: baseClock.nowIso,
    advance(minutes) {
      baseClock.advance(minutes)
      store.save()
    },
    get offsetMinutes() {
      return baseClock.offsetMinutes
    },
  }
  const router = createRouter({ endpoints: api, routes, store, clock, slowMs: options.slowMs })

  return {
    async handle(req) {
      const faultsBefore = meta().faults.remaining
      const response = await router.handle(req)
      // GETs change nothing but the fault counter; skipping their save keeps big stores cheap to read.
      if (String(req.method).toUpperCase() !== 'GET' || meta().faults.remaining !== faultsBefore) store.save()
      return response
    },
    reset() {
      store.reset()
      store.save()
    },
    clock,
    store,
  }
}

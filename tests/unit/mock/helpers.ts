import { api, ErrorEnvelope, type WireRequest, type WireResponse } from '../../../src/contract'
import { callEndpoint, expectOk, type Handles } from '../../utils/call-endpoint'
import { createMockBackend, type MockBackend, type MockBackendOptions } from '../../../mock/backend'
import { createClock, type Clock } from '../../../mock/clock'
import { memoryStorage, type KeyValueStorage } from '../../../mock/persistence'
import { createRouter, type Router } from '../../../mock/router'
import { routes } from '../../../mock/routes'
import type { AnyEndpoint, Routes } from '../../../mock/route-types'
import { createStore, type Store } from '../../../mock/store'

/** 2026-11-28 09:00 in Zhengzhou: tests pin real time so clock arithmetic is exact. */
export const T0 = Date.UTC(2026, 10, 28, 1, 0, 0)

export function testBackend(options: MockBackendOptions = {}): MockBackend {
  return createMockBackend({ now: () => T0, slowMs: 20, ...options })
}

export {
  callEndpoint,
  callerFor,
  expectError,
  expectOk,
  refusalOf,
  type Answer,
  type AnyAnswer,
  type CallArgs,
  type CallInput,
  type Caller,
  type Handles,
} from '../../utils/call-endpoint'

/** Raw wire calls by string path: for tests that send what no typed call can (bad types, no headers). */
export interface CallOptions {
  query?: Record<string, string>
  headers?: Record<string, string>
  body?: unknown
  token?: string
}

export function wire(method: string, path: string, o: CallOptions = {}): WireRequest {
  const headers = { ...(o.headers ?? {}) }
  if (o.token) headers.authorization = `Bearer ${o.token}`
  return { method, path, query: o.query ?? {}, headers, body: o.body }
}

export function call(
  target: Handles,
  method: string,
  path: string,
  o: CallOptions = {},
): Promise<WireResponse> {
  return target.handle(wire(method, path, o))
}

export async function loginAs(target: Handles, userId: string): Promise<string> {
  return expectOk(await callEndpoint(target, api.login, { body: { code: `dev:${userId}` } })).token
}

/** The error envelope of a response, parsed strictly through the contract. */
export function envelope(res: WireResponse): ErrorEnvelope {
  return ErrorEnvelope.parse(res.body)
}

/** A router over the contract plus test-only endpoints, sharing a store and clock the test can reach. */
export function extendedRouter<M extends Record<string, AnyEndpoint>>(
  endpoints: M,
  extraRoutes: Routes<M>,
  storage: KeyValueStorage = memoryStorage(),
): { router: Router; store: Store; clock: Clock } {
  const store = createStore(storage)
  const clock = createClock(
    {
      getOffsetMs: () => store.state.meta.clockOffsetMs,
      setOffsetMs: (ms) => {
        store.state.meta.clockOffsetMs = ms
      },
    },
    () => T0,
  )
  const router = createRouter({
    endpoints: { ...api, ...endpoints },
    routes: { ...routes, ...extraRoutes } as Routes<typeof api & M>,
    store,
    clock,
    slowMs: 20,
  })
  return { router, store, clock }
}

export const SEEDED_USER_IDS = [
  'u-resident-1',
  'u-resident-2',
  'u-resident-3',
  'u-merchant-1',
  'u-merchant-2',
  'u-grid-1',
  'u-grid-2',
] as const

import type { WireResponse } from '../../src/contract'
import type { MockBackend } from '../backend'
import { settledTickets } from '../tickets/repo'
import { filterRequests, Open311Error } from './filters'
import { toOpen311Request } from './requests'
import { services } from './services'

/**
 * A read-only Open311 GeoReport v2 view of the mock's tickets, for civic tools that speak it.
 * Not part of the /api/v1 contract: no token, JSON only, GET only. The bindings (msw, node:http)
 * hand it every request under OPEN311_PREFIX.
 */
export const OPEN311_PREFIX = '/open311/v2'

export interface Open311Call {
  method: string
  /** the full path, e.g. /open311/v2/requests.json */
  path: string
  query: Record<string, string>
  /** the configured public origin (PUBLIC_BASE_URL) for absolute media URLs; never from Host */
  publicBase: string
}

function json(status: number, body: unknown): WireResponse {
  return { status, headers: { 'cache-control': 'no-store' }, body }
}

/** GeoReport v2 errors are an array of `{ code, description }`. */
function failure(status: number, description: string): WireResponse {
  return json(status, [{ code: status, description }])
}

function route(backend: Pick<MockBackend, 'store' | 'clock'>, req: Open311Call): WireResponse {
  const rest = req.path.slice(OPEN311_PREFIX.length)
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return {
      ...failure(405, 'Open311 接口只读，只支持 GET'),
      headers: { 'cache-control': 'no-store', allow: 'GET, HEAD' },
    }
  }
  const format = /\.(\w+)$/.exec(rest)?.[1]
  if (format && format !== 'json')
    return failure(400, `不支持 .${format} 格式，请用 .json（本接口只提供 JSON）`)
  const now = backend.clock.now()
  if (rest === '/services.json') return json(200, services())
  if (rest === '/requests.json') {
    const found = filterRequests(settledTickets(backend.store, now), req.query, now)
    return json(
      200,
      found.map((t) => toOpen311Request(t, req.publicBase, now)),
    )
  }
  const one = /^\/requests\/([^/]+)\.json$/.exec(rest)
  if (one) {
    let id: string
    try {
      id = decodeURIComponent(one[1])
    } catch {
      return failure(400, '网址编码有误')
    }
    const ticket = settledTickets(backend.store, now).find((t) => t.id === id)
    if (!ticket) return failure(404, `没有编号为 ${id} 的问题`)
    return json(200, [toOpen311Request(ticket, req.publicBase, now)])
  }
  return failure(404, '没有这个 Open311 接口')
}

export function isOpen311Path(path: string): boolean {
  return path === OPEN311_PREFIX || path.startsWith(`${OPEN311_PREFIX}/`)
}

/** Answers one Open311 request; a bad filter is a 400 with the spec's error array. */
export function handleOpen311(backend: Pick<MockBackend, 'store' | 'clock'>, req: Open311Call): WireResponse {
  try {
    return route(backend, req)
  } catch (e) {
    if (e instanceof Open311Error) return failure(e.status, e.description)
    throw e
  }
}

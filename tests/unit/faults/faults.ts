import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import type { Endpoint } from '@/contract'
import type { ApiErrorCode } from '@/api/errors'

/** One way the network or the server can let a call down, and what the client must make of it. */
export interface Fault {
  name: string
  code: ApiErrorCode
  /** seconds the error must carry */
  retryAfterSeconds?: number
  /** a transient failure: a GET or a keyed write tries three times, anything else once */
  transient: boolean
  /** answers in place of the backend (msw), or undefined for the mock's own fault injection */
  respond?: (e: Endpoint) => Response | Promise<Response>
  /** the mock's dev fault (POST /dev/faults) */
  mockKind?: 'offline' | 'server_error' | 'malformed'
}

/** JSON the endpoint's response schema refuses: the first of a few shapes that fails it. */
export function schemaBreaker(e: Endpoint): unknown {
  const candidates = [{ unexpected: true }, [], 'not an object', 42, { items: 'nope', nextCursor: 7 }]
  const found = candidates.find((c) => !e.response.safeParse(c).success)
  if (found === undefined) throw new Error(`no JSON breaks the response schema of ${e.method} ${e.path}`)
  return found
}

const ENVELOPE_429 = {
  error: { code: 'RATE_LIMITED', message: '操作太频繁了，请稍后再试' },
  requestId: 'req-fault',
}

/** What a person reads for each fault's error code (src/api/errors.ts, src/api/client.ts). */
export const FAULT_MESSAGE: Record<string, RegExp> = {
  NETWORK: /网络连接失败/,
  TIMEOUT: /服务器响应太慢/,
  RATE_LIMITED: /太频繁/,
  INTERNAL: /服务器开小差/,
  BAD_RESPONSE: /服务器返回的数据有误/,
}

/** The faults every endpoint is driven through. */
export const FAULTS: Fault[] = [
  { name: 'network error', code: 'NETWORK', transient: true, respond: () => HttpResponse.error() },
  {
    name: 'timeout',
    code: 'TIMEOUT',
    transient: true,
    respond: async () => {
      await delay('infinite')
      return HttpResponse.json({})
    },
  },
  {
    name: '429 with Retry-After',
    code: 'RATE_LIMITED',
    retryAfterSeconds: 120,
    // 120 s is past what a GET waits for: given back at once, not retried
    transient: false,
    respond: () => HttpResponse.json(ENVELOPE_429, { status: 429, headers: { 'Retry-After': '120' } }),
  },
  {
    name: '500 (plain text)',
    code: 'INTERNAL',
    transient: true,
    respond: () => new HttpResponse('Internal Server Error', { status: 500 }),
  },
  {
    name: 'malformed JSON',
    code: 'BAD_RESPONSE',
    transient: false,
    respond: () =>
      new HttpResponse('{"items":[{"id":', { status: 200, headers: { 'content-type': 'application/json' } }),
  },
  {
    name: 'JSON that breaks the schema',
    code: 'BAD_RESPONSE',
    transient: false,
    respond: (e) => HttpResponse.json(schemaBreaker(e) as never),
  },
]

/** Variants run on a sample of endpoints: a gateway's 429, and the mock's own injected faults. */
export const EXTRA_FAULTS: Fault[] = [
  {
    name: "a gateway's bare 429",
    code: 'RATE_LIMITED',
    retryAfterSeconds: 90,
    transient: false,
    respond: () => new HttpResponse('Too Many Requests', { status: 429, headers: { 'Retry-After': '90' } }),
  },
  { name: 'mock offline', code: 'NETWORK', transient: true, mockKind: 'offline' },
  { name: 'mock server_error', code: 'INTERNAL', transient: true, mockKind: 'server_error' },
  { name: 'mock malformed', code: 'BAD_RESPONSE', transient: false, mockKind: 'malformed' },
]

/** An msw handler for exactly this endpoint's method and path, counting the requests it takes. */
export function faultHandler(e: Endpoint, fault: Fault, hits: { count: number }): HttpHandler {
  const method = e.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'
  return http[method](`*/api/v1${e.path}`, () => {
    hits.count++
    return fault.respond!(e)
  })
}

/** Retries a GET or a keyed (idempotent) write makes for a transient failure, plus the first attempt. */
export function attemptsFor(e: Endpoint, fault: Fault): number {
  return (e.method === 'GET' || e.idempotent === true) && fault.transient ? 3 : 1
}

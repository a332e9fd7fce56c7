import type { WireRequest, WireResponse } from '../src/contract'
import type { Clock } from './clock'
import { errorResponse } from './envelope'
import { forbidden, internalError, MockError, notFound, unauthenticated, validationFailed } from './errors'
import { MALFORMED_BODY, takeFault } from './faults'
import { runIdempotent } from './idempotency'
import { randomString } from './random'
import { isReply, type AnyEndpoint, type RouteServices, type Routes } from './route-types'
import { userFromAuthorization } from './sessions'
import { stableStringify } from './stable-json'
import type { Store } from './store'
import type { StoredUser } from './state'
import { parseInput, type ParsedInput } from './validation'

export interface Router {
  handle(req: WireRequest): Promise<WireResponse>
}

export interface RouterOptions<M extends Record<string, AnyEndpoint>> {
  /** the contract's `api`, plus test-only endpoints in unit tests */
  endpoints: M
  routes: Routes<M>
  store: Store
  clock: Clock
  /** how long the `slow` fault holds a request */
  slowMs?: number
}

// The router calls every route through this one erased signature; Routes<M> typed them per endpoint.
type ErasedHandler = (ctx: ParsedInput & RouteServices) => unknown

interface CompiledRoute {
  id: string
  endpoint: AnyEndpoint
  handler: ErasedHandler
  segments: string[]
  /** literal segments win over `:params` (`/tickets/nearby` before `/tickets/:id`) */
  literals: number
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '')
}

function compile<M extends Record<string, AnyEndpoint>>(endpoints: M, routes: Routes<M>): CompiledRoute[] {
  return Object.keys(endpoints).map((id) => {
    const handler = routes[id] as unknown as ErasedHandler | undefined
    if (typeof handler !== 'function') throw new Error(`[mock] endpoint ${id} has no route`)
    const endpoint = endpoints[id]
    const segments = splitPath(endpoint.path)
    return { id, endpoint, handler, segments, literals: segments.filter((s) => !s.startsWith(':')).length }
  })
}

/** A path segment that is not valid percent-encoding (`%E4%B8`, `%zz`): the request is malformed. */
class MalformedPath extends Error {}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new MalformedPath()
  }
}

/** The route for a method and path; `allowed` lists the methods the path answers when none matched. */
function match(routes: CompiledRoute[], method: string, path: string) {
  const parts = splitPath(path)
  // every segment must decode, whatever route it would meet
  const decoded = parts.map(decodeSegment)
  let best: { route: CompiledRoute; params: Record<string, string> } | undefined
  const allowed = new Set<string>()
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue
    const params: Record<string, string> = {}
    const ok = route.segments.every((seg, i) => {
      if (!seg.startsWith(':')) return seg === parts[i]
      params[seg.slice(1)] = decoded[i]
      return true
    })
    if (!ok) continue
    if (route.endpoint.method !== method) {
      allowed.add(route.endpoint.method)
      continue
    }
    if (!best || route.literals > best.route.literals) best = { route, params }
  }
  return { found: best, allowed: [...allowed].sort() }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = String(v)
  return out
}

export function createRouter<M extends Record<string, AnyEndpoint>>(options: RouterOptions<M>): Router {
  const { store, clock } = options
  const slowMs = options.slowMs ?? 2500
  const compiled = compile(options.endpoints, options.routes)
  let counter = 0
  const nextRequestId = () => `req-${(++counter).toString(36)}-${randomString(6)}`

  function authenticate(endpoint: AnyEndpoint, headers: Record<string, string>): StoredUser | null {
    if (endpoint.access === 'public' || endpoint.access === 'dev') return null
    const user = userFromAuthorization(store, clock, headers.authorization)
    if (!user) throw unauthenticated()
    if (!endpoint.access.includes(user.role)) throw forbidden()
    return user
  }

  /** Runs the route and shapes its result through the response schema; errors become envelopes. */
  async function execute(route: CompiledRoute, ctx: ParsedInput & RouteServices): Promise<WireResponse> {
    try {
      const result = await route.handler(ctx)
      const declared = route.endpoint.status
      const { status, body, headers } = isReply(result)
        ? result
        : { status: declared, body: result, headers: {} }
      const outHeaders = { ...headers, 'x-request-id': ctx.requestId }
      if (status === 204) return { status, headers: outHeaders }
      const parsed = route.endpoint.response.safeParse(body)
      if (!parsed.success) {
        // The mock must never drift from the contract: a bad shape is a bug in the route, loudly.
        console.error(`[mock] ${route.id} 的响应不符合契约`, parsed.error.issues)
        throw internalError()
      }
      return { status, headers: outHeaders, body: parsed.data }
    } catch (e) {
      return errorResponse(e, ctx.requestId)
    }
  }

  /** `lost_answer`: whatever the route answered (success or refusal), the client never hears it. */
  async function handle(req: WireRequest): Promise<WireResponse> {
    const state = { lostAnswer: false }
    const response = await answer(req, state)
    if (state.lostAnswer || response.networkError) return { status: 0, headers: {}, networkError: true }
    // the mock's own clock, which the developer panel moves: clients keep their "now" by it
    return { ...response, headers: { ...response.headers, date: new Date(clock.now()).toUTCString() } }
  }

  async function answer(req: WireRequest, state: { lostAnswer: boolean }): Promise<WireResponse> {
    const requestId = nextRequestId()
    try {
      const method = String(req.method).toUpperCase()
      const { found, allowed } = matchRequest(method, req.path)
      if (!found) {
        if (allowed.length === 0) throw notFound('没有这个接口')
        const refused = errorResponse(
          new MockError('METHOD_NOT_ALLOWED', `这个接口不支持 ${method} 请求`),
          requestId,
        )
        return { ...refused, headers: { ...refused.headers, allow: allowed.join(', ') } }
      }
      const { route, params } = found
      const endpoint = route.endpoint

      if (endpoint.access !== 'dev') {
        const fault = takeFault(store)
        if (fault === 'offline') return { status: 0, headers: {}, networkError: true }
        // the route runs and commits; only the answer is lost on its way back
        if (fault === 'lost_answer') state.lostAnswer = true
        if (fault === 'server_error') throw internalError()
        if (fault === 'malformed') {
          return { status: 200, headers: { 'x-request-id': requestId }, rawBody: MALFORMED_BODY }
        }
        if (fault === 'slow') await new Promise<void>((resolve) => setTimeout(resolve, slowMs))
      }

      const headers = lowerCaseKeys(req.headers)
      const user = authenticate(endpoint, headers)
      const input = parseInput(endpoint, { params, query: req.query ?? {}, body: req.body })
      const ctx = { ...input, user, requestId, headers, store, clock }
      // a key on any other write is honoured too (the draft allows it): uploads, PATCH /me …
      const keyed =
        endpoint.idempotent || (endpoint.method !== 'GET' && headers['idempotency-key'] !== undefined)
      return keyed ? await executeIdempotent(route, ctx, req.path, requestId) : await execute(route, ctx)
    } catch (e) {
      return errorResponse(e, requestId)
    }
  }

  function matchRequest(method: string, path: string) {
    try {
      return match(compiled, method, path)
    } catch (e) {
      if (e instanceof MalformedPath) {
        throw validationFailed({ _: '网址编码有误' }, '请求的网址格式不对')
      }
      throw e
    }
  }

  async function executeIdempotent(
    route: CompiledRoute,
    ctx: ParsedInput & RouteServices,
    path: string,
    requestId: string,
  ): Promise<WireResponse> {
    const { headers, user } = ctx
    const endpoint = route.endpoint

    const key = headers['idempotency-key']
    if (!key) throw validationFailed({ 'Idempotency-Key': '缺少幂等键' })
    if (key.length > 255) throw validationFailed({ 'Idempotency-Key': '幂等键过长' })
    const fingerprint = stableStringify({
      method: endpoint.method,
      path,
      query: ctx.query,
      body: ctx.body,
    })
    const response = await runIdempotent(
      store,
      clock,
      { scope: user?.id ?? 'anonymous', key, fingerprint },
      () => execute(route, ctx),
    )
    return { ...response, headers: { ...response.headers, 'x-request-id': requestId } }
  }

  return { handle }
}

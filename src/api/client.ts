import {
  ErrorEnvelope,
  type Endpoint,
  type EndpointInput,
  type EndpointOutput,
  type Session,
} from '@/contract'
import { endpoints as auth } from '@/contract/auth'
import { apiConfig } from './config'
import { ApiError } from './errors'
import { newIdempotencyKey } from './idempotency'
import { noteServerDate } from './server-clock'
import { ensureSession, getSession, setSession } from './session'
import type { TransportResponse } from './transport'

/** GETs and keyed writes are retried on transient failures: this many extra attempts, with apiConfig.retryDelaysMs between. */
const GET_RETRIES = 2

type Args<E> = object extends EndpointInput<E> ? [input?: EndpointInput<E>] : [input: EndpointInput<E>]

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')))
}

function toQuery(q: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of Object.keys(q ?? {})) {
    const v = q?.[k]
    if (v !== undefined && v !== null && v !== '') out[k] = String(v)
  }
  return out
}

function requestId(): string {
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

/** The ApiError for a non-2xx answer: the contract's envelope, or a plain failure. */
export function parseFailure(res: TransportResponse): ApiError {
  const env = ErrorEnvelope.safeParse(res.data)
  const header = Number(res.headers['retry-after'])
  const retryAfter = res.headers['retry-after'] !== undefined && Number.isFinite(header) ? header : undefined
  if (env.success) {
    return new ApiError({
      ...env.data.error,
      status: res.status,
      requestId: env.data.requestId,
      retryAfterSeconds: env.data.error.retryAfterSeconds ?? retryAfter,
    })
  }
  // a gateway's own 429 (no envelope) still means "too many requests", with its Retry-After
  if (res.status === 429) {
    return new ApiError({
      code: 'RATE_LIMITED',
      status: 429,
      retryAfterSeconds: retryAfter,
      message: '请求太频繁了，请稍后再试',
    })
  }
  if (res.status >= 500)
    return new ApiError({ code: 'INTERNAL', status: res.status, message: '服务器开小差了，请稍后再试' })
  return new ApiError({ code: 'BAD_RESPONSE', status: res.status })
}

async function send<E extends Endpoint>(ep: E, input: EndpointInput<E> | undefined, token?: string) {
  const headers: Record<string, string> = { 'x-request-id': requestId() }
  if (token) headers.authorization = `Bearer ${token}`
  if (input?.idempotencyKey) headers['idempotency-key'] = input.idempotencyKey
  // mock:serve refuses /dev/* without it, so a cross-site page cannot drive the mock unasked
  if (ep.access === 'dev') headers['x-dev'] = '1'
  if (input?.body !== undefined) headers['content-type'] = 'application/json'
  // a write with an Idempotency-Key is as safe to repeat as a read: the server replays its first answer
  const attempts = ep.method === 'GET' || headers['idempotency-key'] ? GET_RETRIES + 1 : 1
  for (let attempt = 0; ; attempt++) {
    let error: ApiError
    try {
      const res = await apiConfig.transport({
        baseUrl: apiConfig.baseUrl,
        timeoutMs: apiConfig.timeoutMs,
        method: ep.method,
        path: fillPath(ep.path, input?.params as Record<string, unknown> | undefined),
        query: toQuery(input?.query as Record<string, unknown> | undefined),
        headers,
        body: input?.body,
      })
      noteServerDate(res.headers.date)
      if (res.status >= 200 && res.status < 300) {
        // a success with another status than the descriptor declares is not the contract's answer
        if (res.status !== ep.status) throw new ApiError({ code: 'BAD_RESPONSE', status: res.status })
        const parsed = ep.response.safeParse(ep.status === 204 ? undefined : res.data)
        if (parsed.success) return parsed.data as EndpointOutput<E>
        throw new ApiError({ code: 'BAD_RESPONSE', status: res.status })
      }
      error = parseFailure(res)
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      error = e
    }
    if (!error.transient || attempt + 1 >= attempts) throw error
    const wait =
      error.retryAfterSeconds !== undefined
        ? error.retryAfterSeconds * 1000
        : (apiConfig.retryDelaysMs[attempt] ??
          apiConfig.retryDelaysMs[apiConfig.retryDelaysMs.length - 1] ??
          0)
    if (wait > 5000) throw error
    await sleep(wait)
  }
}

function login(code: string): Promise<Session> {
  return send(auth.login, { body: { code } })
}

export const loginForUpload = login

/**
 * Calls one endpoint of the contract: fills path, query and headers from its descriptor,
 * logs in first when needed (and once more if the token has expired), and parses the
 * answer through the descriptor's schema. Every failure is an ApiError with a message
 * a person can read.
 */
export async function call<E extends Endpoint>(ep: E, ...args: Args<E>): Promise<EndpointOutput<E>> {
  // every idempotent write carries a key; callers that hold an intent's key (data/write) pass it
  const input =
    ep.idempotent && !args[0]?.idempotencyKey
      ? ({ ...args[0], idempotencyKey: newIdempotencyKey() } as EndpointInput<E>)
      : args[0]
  await apiConfig.ready
  if (ep.access === 'public' || ep.access === 'dev') return send(ep, input)
  const session = await ensureSession(login)
  try {
    return await send(ep, input, session.token)
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== 'UNAUTHENTICATED') throw e
    if (getSession()?.token === session.token) setSession(null)
    const fresh = await ensureSession(login)
    return send(ep, input, fresh.token)
  }
}

/** Log in afresh with a given code (the developer panel's role switch). */
export async function loginWith(code: string): Promise<Session> {
  await apiConfig.ready
  const s = await login(code)
  setSession(s)
  return s
}

/** Make sure a session exists (app launch). */
export async function startSession(): Promise<Session> {
  await apiConfig.ready
  return ensureSession(login)
}

import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import {
  ErrorEnvelope,
  type Endpoint,
  type EndpointInput,
  type EndpointOutput,
  type WireRequest,
  type WireResponse,
} from '@/contract'

/** Anything that answers wire requests: the mock backend, a bare router, a binding. */
export interface Handles {
  handle(req: WireRequest): Promise<WireResponse>
}

/** An endpoint's own input plus who calls and any extra (lower-case) headers. */
export type CallInput<E> = EndpointInput<E> & { token?: string; headers?: Record<string, string> }

/** The input may be left out when the endpoint declares no params and no body. */
export type CallArgs<E> = object extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>]

/** A success: the declared status and a body parsed through the descriptor's response schema. */
export interface Answered<T> {
  ok: true
  /** `POST /tickets/t-0004/urge`, for failure messages */
  request: string
  status: number
  headers: Record<string, string>
  body: T
}

/** A refusal: any status outside 2xx, its body parsed strictly as the contract's error envelope. */
export interface Refused {
  ok: false
  request: string
  status: number
  headers: Record<string, string>
  error: ErrorEnvelope['error']
  requestId: string
}

export type Answer<E> = Answered<EndpointOutput<E>> | Refused

/** An answer of any endpoint. */
export type AnyAnswer = Answered<unknown> | Refused

function fillPath(path: string, params: unknown): string {
  const values = (params ?? {}) as Record<string, unknown>
  return path.replace(/:(\w+)/g, (_, name: string) => {
    if (values[name] === undefined) throw new Error(`${path}: no value for :${name}`)
    return encodeURIComponent(String(values[name]))
  })
}

function toQuery(query: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (v !== undefined && v !== null) out[k] = String(v)
  }
  return out
}

/**
 * The wire request a well-behaved client sends for one endpoint: the path filled from `params`,
 * query values as strings, `authorization` from `token`, and for an idempotent endpoint an
 * `idempotency-key` — the test's own, or a fresh one, so a test keeps working when an endpoint
 * becomes idempotent.
 */
export function endpointRequest<E extends Endpoint>(ep: E, input?: CallInput<E>): WireRequest {
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(input?.headers ?? {})) headers[k.toLowerCase()] = v
  if (input?.token) headers.authorization = `Bearer ${input.token}`
  if (input?.idempotencyKey) headers['idempotency-key'] = input.idempotencyKey
  else if (ep.idempotent && !headers['idempotency-key']) headers['idempotency-key'] = `test-${randomUUID()}`
  return {
    method: ep.method,
    path: fillPath(ep.path, input?.params),
    query: toQuery(input?.query),
    headers,
    body: input?.body,
  }
}

/** Reads a wire response through the endpoint's contract; anything off-contract throws. */
export function readAnswer<E extends Endpoint>(ep: E, request: string, res: WireResponse): Answer<E> {
  const where = `${request} answered ${res.status}`
  if (res.networkError || res.rawBody !== undefined) throw new Error(`${where} with a fault, not JSON`)
  if (res.status >= 200 && res.status < 300) {
    if (res.status !== ep.status) throw new Error(`${where}; the contract declares ${ep.status}`)
    if (ep.status === 204 && res.body !== undefined) throw new Error(`${where} with a body`)
    const parsed = ep.response.safeParse(ep.status === 204 ? undefined : res.body)
    if (!parsed.success) {
      throw new Error(`${where} off-contract: ${JSON.stringify(parsed.error.issues)}`)
    }
    if (ep.status !== 204 && !isDeepStrictEqual(parsed.data, res.body)) {
      throw new Error(`${where} with fields the contract does not declare: ${JSON.stringify(res.body)}`)
    }
    // the schema above is E's own response schema; its output type is EndpointOutput<E>
    const body = parsed.data as EndpointOutput<E>
    return { ok: true, request, status: res.status, headers: res.headers, body }
  }
  const envelope = ErrorEnvelope.safeParse(res.body)
  if (!envelope.success) throw new Error(`${where} without an error envelope: ${JSON.stringify(res.body)}`)
  const { error, requestId } = envelope.data
  return { ok: false, request, status: res.status, headers: res.headers, error, requestId }
}

/** Calls one endpoint by its descriptor (`api.getTicket`) and reads the answer through the contract. */
export async function callEndpoint<E extends Endpoint>(
  target: Handles,
  ep: E,
  ...[input]: CallArgs<E>
): Promise<Answer<E>> {
  const req = endpointRequest(ep, input)
  return readAnswer(ep, `${req.method} ${req.path}`, await target.handle(req))
}

/** The body of a success; a refusal fails the test with its status, code and message. */
export function expectOk<T>(answer: Answered<T> | Refused): T {
  if (answer.ok) return answer.body
  const { code, message } = answer.error
  throw new Error(`${answer.request}: expected success, got ${answer.status} ${code} ${message}`)
}

/** The refusal; a success fails the test with the body it answered. */
export function expectError(answer: AnyAnswer): Refused {
  if (!answer.ok) return answer
  throw new Error(
    `${answer.request}: expected a refusal, got ${answer.status} ${JSON.stringify(answer.body)}`,
  )
}

/** `[status, code, message]` of a refusal: one `toEqual` says all three. */
export function refusalOf(answer: AnyAnswer): [number, string, string] {
  const { status, error } = expectError(answer)
  return [status, error.code, error.message]
}

/** callEndpoint as one signed-in person: their token unless the input names another. */
export type Caller = <E extends Endpoint>(ep: E, ...args: CallArgs<E>) => Promise<Answer<E>>

export function callerFor(target: Handles, token: () => string): Caller {
  return <E extends Endpoint>(ep: E, ...[input]: CallArgs<E>) =>
    // CallArgs<E> cannot be narrowed for a generic E: the spread input is still a CallInput<E>
    callEndpoint(target, ep, ...([{ token: token(), ...input }] as CallArgs<E>))
}

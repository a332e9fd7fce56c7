import type { z } from 'zod'
import type { Endpoint, EndpointParsed } from '../src/contract'
import type { Clock } from './clock'
import type { Store } from './store'
import type { StoredUser } from './state'
import { unauthenticated } from './errors'

export type AnyEndpoint = Endpoint<z.ZodType, z.ZodType, z.ZodType, z.ZodType>

/** What every route gets besides its parsed params, query and body. */
export interface RouteServices {
  /** the signed-in user; null on 'public' and 'dev' endpoints (use signedIn() on the others) */
  user: StoredUser | null
  requestId: string
  /** lower-case names */
  headers: Record<string, string>
  store: Store
  clock: Clock
}

export type RouteContext<E> = EndpointParsed<E> & RouteServices

/** What a route returns is parsed through the response schema, so it is typed as that schema's input. */
type ResponseInput<E> = E extends Endpoint<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.input<R> : never

const REPLY: unique symbol = Symbol('mock reply')

/** A route result with a status other than 200, or extra headers. */
export interface Reply<T> {
  readonly [REPLY]: true
  status: number
  body?: T
  headers: Record<string, string>
}

export function reply<T>(
  body: T,
  init: { status?: number; headers?: Record<string, string> } = {},
): Reply<T> {
  return { [REPLY]: true, status: init.status ?? 200, body, headers: init.headers ?? {} }
}

export function noContent(): Reply<never> {
  return { [REPLY]: true, status: 204, headers: {} }
}

export function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && REPLY in value
}

export type RouteResult<E> = ResponseInput<E> | Reply<ResponseInput<E>>

export type RouteHandler<E> = (ctx: RouteContext<E>) => RouteResult<E> | Promise<RouteResult<E>>

/** One handler per endpoint id: leaving one out is a type error. */
export type Routes<M> = { [K in keyof M]: RouteHandler<M[K]> }

/** The user of an endpoint whose access lists roles (the router has already checked the token). */
export function signedIn(ctx: RouteServices): StoredUser {
  if (!ctx.user) throw unauthenticated()
  return ctx.user
}

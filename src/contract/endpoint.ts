import type { z } from 'zod'
import type { ErrorCode, Role } from './common'

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** The status a successful call answers with: 201 when it creates something, 204 when it has no body. */
export type SuccessStatus = 200 | 201 | 204

/** `'/tickets/:id/urge'` → `'id'`: the names a path template declares. */
export type PathParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never

/**
 * Who may call an endpoint: a list of roles (Bearer token required),
 * 'public' (no token: login), or 'dev' (mock-only developer endpoints, no token).
 */
export type Access = readonly Role[] | 'public' | 'dev'

/** Volunteer activities and points are for residents and merchants (grid workers have neither). */
export const PEOPLE = ['resident', 'merchant'] as const
/** The grid worker's tools: only grid workers, and only for tickets of their own grid. */
export const GRID_WORKERS = ['grid_worker'] as const

/** What an endpoint declares besides its method, path and success status. */
interface EndpointParts<P, Q, B, R> {
  summary: string
  access: Access
  params?: P
  query?: Q
  body?: B
  response: R
  /** requires an Idempotency-Key header */
  idempotent?: boolean
  errors?: readonly ErrorCode[]
}

/** An endpoint is data: the client, the mock router and the OpenAPI document are driven from it. */
export interface Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  Path extends string = string,
> extends EndpointParts<P, Q, B, R> {
  method: HttpMethod
  /** under /api/v1, with `:name` path parameters */
  path: Path
  status: SuccessStatus
}

/** The params schema of a path with `:names` must declare exactly those names; a path without has none. */
type ParamsFor<Path extends string, P> = [PathParamNames<Path>] extends [never]
  ? P extends z.ZodUndefined
    ? unknown
    : { params: never }
  : P extends z.ZodObject<infer Shape>
    ? [keyof Shape] extends [PathParamNames<Path>]
      ? [PathParamNames<Path>] extends [keyof Shape]
        ? unknown
        : { params: never }
      : { params: never }
    : { params: never }

export function endpoint<
  const Path extends string,
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(e: Endpoint<P, Q, B, R, Path> & ParamsFor<Path, P>): Endpoint<P, Q, B, R, Path> {
  return e
}

/** The rest of a descriptor, as the method helpers below take it after the path. */
type Spec<P, Q, B, R, Path extends string> = EndpointParts<P, Q, B, R> & {
  /** 200 unless said otherwise: 201 when the call creates something, 204 when it has no body */
  status?: SuccessStatus
} & ParamsFor<Path, P>

function withMethod(method: HttpMethod) {
  return <
    const Path extends string,
    P extends z.ZodType = z.ZodUndefined,
    Q extends z.ZodType = z.ZodUndefined,
    B extends z.ZodType = z.ZodUndefined,
    R extends z.ZodType = z.ZodType,
  >(
    path: Path,
    spec: Spec<P, Q, B, R, Path>,
  ): Endpoint<P, Q, B, R, Path> => ({ method, status: 200, path, ...spec })
}

/** `get('/notices/:id', { summary, access, params, response })`: one endpoint, its method named by the helper. */
export const get = withMethod('GET')
export const post = withMethod('POST')
export const patch = withMethod('PATCH')
export const del = withMethod('DELETE')

type Field<S, K extends string> = S extends z.ZodUndefined
  ? { [_ in K]?: undefined }
  : { [_ in K]: z.input<S & z.ZodType> }

/** What a caller passes: only the parts the endpoint declares. */
export type EndpointInput<E> =
  E extends Endpoint<infer P, infer Q, infer B, z.ZodType>
    ? Field<P, 'params'> & Partial<Field<Q, 'query'>> & Field<B, 'body'> & { idempotencyKey?: string }
    : never

export type EndpointOutput<E> =
  E extends Endpoint<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.output<R> : never

/** Parsed input as the mock router hands it to a route */
export type EndpointParsed<E> =
  E extends Endpoint<infer P, infer Q, infer B, z.ZodType>
    ? { params: z.output<P>; query: z.output<Q>; body: z.output<B> }
    : never

export const ALL_ROLES = ['resident', 'merchant', 'grid_worker'] as const

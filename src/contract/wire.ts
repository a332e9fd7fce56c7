/**
 * The transport-neutral request/response the mock router speaks. The API client
 * builds one of these for every call; each binding (msw, in-process, node:http)
 * converts its own world to and from it.
 */
export interface WireRequest {
  method: string
  /** path below /api/v1, e.g. `/categories` */
  path: string
  query: Record<string, string>
  /** lower-case header names */
  headers: Record<string, string>
  body?: unknown
}

export interface WireResponse {
  status: number
  headers: Record<string, string>
  /** JSON value; absent for 204 */
  body?: unknown
  /** sent verbatim instead of JSON (the `malformed` fault) */
  rawBody?: string
  /** the `offline` fault: the binding fails the request as a network error */
  networkError?: boolean
}

export const API_PREFIX = '/api/v1'

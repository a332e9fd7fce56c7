import type { IncomingMessage } from 'node:http'

/**
 * What keeps `npm run mock:serve` to the developer's own pages. A page on any other site could
 * otherwise reset, fault or write to the mock (CSRF), on the LAN too with MOCK_HOST=0.0.0.0:
 *
 * - CORS answers only allowed origins: localhost, 127.0.0.1 and [::1] on any port by default,
 *   more through MOCK_ALLOWED_ORIGINS (comma-separated origins, e.g. http://192.168.1.5:10086);
 *   a request that carries any other Origin is refused outright (403), preflight or not.
 * - JSON endpoints take only `application/json` bodies (415 otherwise), so a cross-site form
 *   (`text/plain`, `application/x-www-form-urlencoded`) cannot post without a preflight.
 * - `/dev/*` requires `X-Dev: 1`, a custom header no cross-site page can send unpreflighted.
 */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, X-Request-Id, X-Dev'
export const EXPOSED_HEADERS = 'Retry-After, X-Request-Id, Idempotent-Replayed, Allow, Date'
export const ALLOWED_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS'

/** `MOCK_ALLOWED_ORIGINS` as a list of origins (scheme://host[:port]), malformed entries dropped. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .flatMap((s) => {
      try {
        const url = new URL(s)
        return url.protocol === 'http:' || url.protocol === 'https:' ? [url.origin] : []
      } catch {
        return []
      }
    })
}

export function isAllowedOrigin(origin: string, extra: readonly string[]): boolean {
  if (extra.includes(origin)) return true
  try {
    const url = new URL(origin)
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname)
  } catch {
    return false
  }
}

export type OriginCheck = { kind: 'none' } | { kind: 'allowed'; origin: string } | { kind: 'refused' }

export function checkOrigin(req: IncomingMessage, extra: readonly string[]): OriginCheck {
  const origin = req.headers.origin
  if (origin === undefined) return { kind: 'none' }
  return isAllowedOrigin(origin, extra) ? { kind: 'allowed', origin } : { kind: 'refused' }
}

/** Credentials forbid the `*` wildcard: an allowed origin is echoed back, no other ever is. */
export function corsHeaders(check: OriginCheck): Record<string, string> {
  if (check.kind !== 'allowed') return { vary: 'Origin' }
  return {
    'access-control-allow-origin': check.origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-expose-headers': EXPOSED_HEADERS,
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}

export type BodyKind = 'json' | 'multipart' | 'none' | 'unsupported'

/**
 * A body's kind from its Content-Type. An empty body has none, whatever the header says (clients
 * send a type on GETs and bodiless DELETEs); a body without a type is refused.
 */
export function bodyKind(contentType: string | undefined, bytes: number): BodyKind {
  if (bytes === 0) return 'none'
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (type === '') return 'unsupported'
  if (type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type)) return 'json'
  if (type === 'multipart/form-data') return 'multipart'
  return 'unsupported'
}

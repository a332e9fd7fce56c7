import type { IncomingMessage, ServerResponse } from 'node:http'
import { ErrorEnvelope, type ErrorCode, type WireResponse } from '../../src/contract'
import { corsHeaders, type OriginCheck } from './http-guard'

/** What node:http answers with: the router's wire responses, and errors met before the router. */

let outsideCounter = 0

/** An error outside the router (before a request reaches it), in the same envelope. */
export function envelopeResponse(
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): WireResponse {
  const requestId = `req-http-${(++outsideCounter).toString(36)}-${Date.now().toString(36)}`
  return {
    status,
    headers: { ...headers, 'x-request-id': requestId },
    body: ErrorEnvelope.parse({ error: { code, message }, requestId }),
  }
}

export const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff' }

export function send(
  res: ServerResponse,
  req: IncomingMessage,
  origin: OriginCheck,
  wire: WireResponse,
): void {
  if (wire.networkError) {
    // `offline` and `lost_answer`: the client sees the connection drop, as in a tunnel
    req.socket.destroy()
    return
  }
  const headers = { ...SECURITY_HEADERS, ...corsHeaders(origin), ...wire.headers }
  if (wire.rawBody !== undefined) {
    res.writeHead(wire.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    res.end(wire.rawBody)
  } else if (wire.status === 204 || wire.body === undefined) {
    res.writeHead(wire.status, headers)
    res.end()
  } else {
    res.writeHead(wire.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(wire.body))
  }
}

export function queryOf(url: URL): Record<string, string> {
  const query: Record<string, string> = {}
  url.searchParams.forEach((value, key) => {
    if (!(key in query)) query[key] = value
  })
  return query
}

export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

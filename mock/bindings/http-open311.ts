import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MockBackend } from '../backend'
import { handleOpen311 } from '../open311'
import { isMalformedPath, SECURITY_HEADERS, send } from './http-send'

/**
 * Open311 is public, read-only open data: any site may read it (`*`, never with credentials),
 * which is what civic tools in a browser need; it writes nothing, so it drives nothing.
 */
export function serveOpen311(
  req: IncomingMessage,
  res: ServerResponse,
  backend: MockBackend,
  publicBase: string,
): void {
  const url = new URL(req.url ?? '/', 'http://mock.local')
  const open = { kind: 'none' } as const
  const cors = { 'access-control-allow-origin': '*' }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...SECURITY_HEADERS, ...cors, 'access-control-allow-methods': 'GET, HEAD' })
    res.end()
    return
  }
  if (isMalformedPath(url.pathname)) {
    send(res, req, open, { status: 400, headers: cors, body: [{ code: 400, description: '网址编码有误' }] })
    return
  }
  const query = Object.fromEntries(url.searchParams)
  const wire = handleOpen311(backend, { method: req.method ?? 'GET', path: url.pathname, query, publicBase })
  send(res, req, open, { ...wire, headers: { ...wire.headers, ...cors } })
}

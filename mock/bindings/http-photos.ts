import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MockBackend } from '../backend'
import { UPLOAD_URL_PREFIX } from '../tickets/photos'
import { corsHeaders, type OriginCheck } from './http-guard'
import { envelopeResponse, queryOf, SECURITY_HEADERS, send } from './http-send'
import { readServedPhoto } from './photo-serving'

/** GET|HEAD /mock-uploads/<id>?exp=&sig=: a signed photo URL, its bytes with their own type. */
export function serveUpload(
  res: ServerResponse,
  req: IncomingMessage,
  origin: OriginCheck,
  backend: MockBackend,
  url: URL,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(
      res,
      req,
      origin,
      envelopeResponse(405, 'METHOD_NOT_ALLOWED', '照片只能读取', { allow: 'GET, HEAD' }),
    )
    return
  }
  const id = decodeURIComponent(url.pathname.slice(UPLOAD_URL_PREFIX.length))
  const found = readServedPhoto(backend, id, queryOf(url))
  if (found.kind !== 'ok') {
    send(res, req, origin, envelopeResponse(found.status, found.code, found.message))
    return
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    ...corsHeaders(origin),
    ...found.headers,
    'content-length': found.bytes.length,
  })
  res.end(
    req.method === 'HEAD'
      ? undefined
      : Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.length),
  )
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { API_PREFIX, type WireRequest, type WireResponse } from '../../src/contract'
import { createMockBackend, type MockBackend } from '../backend'
import { isOpen311Path } from '../open311'
import { UPLOAD_URL_PREFIX } from '../tickets/photos'
import { parseJsonBody } from '../wire-body'
import { fileStorage } from './file-storage'
import { bodyKind, checkOrigin, corsHeaders, parseAllowedOrigins } from './http-guard'
import { uploadFormFrom } from './multipart'
import { serveOpen311 } from './http-open311'
import { serveUpload } from './http-photos'
import { envelopeResponse, isMalformedPath, queryOf, SECURITY_HEADERS, send } from './http-send'

/** Uploads are capped at 5 MB by the contract; anything far past that is not worth reading. */
const BODY_LIMIT_BYTES = 8 * 1024 * 1024
/** Node's default; past it the client gets 431 with the envelope */
const MAX_HEADER_BYTES = 16 * 1024

export interface HttpMockOptions {
  host?: string
  /** 0 picks a free port (tests) */
  port?: number
  backend?: MockBackend
  /** origins allowed besides localhost / 127.0.0.1 / [::1] on any port (MOCK_ALLOWED_ORIGINS) */
  allowedOrigins?: readonly string[]
  /** the origin absolute URLs are built from (PUBLIC_BASE_URL); default the listening origin */
  publicBaseUrl?: string
}

class BodyTooLarge extends Error {}

/** Past the limit the rest is drained and dropped, so the client still gets its 413 answer. */
function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= BODY_LIMIT_BYTES) chunks.push(chunk)
    })
    req.on('end', () => {
      if (size > BODY_LIMIT_BYTES) reject(new BodyTooLarge())
      else resolve(Buffer.concat(chunks))
    })
    req.on('error', reject)
  })
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

/** The request as the router wants it, or an answer when the body cannot be what the path takes. */
async function toWireRequest(req: IncomingMessage, url: URL): Promise<WireRequest | WireResponse> {
  const headers = headersOf(req)
  const method = (req.method ?? 'GET').toUpperCase()
  const path = url.pathname.slice(API_PREFIX.length)
  const raw = method !== 'GET' && method !== 'HEAD' ? await readBytes(req) : null
  const kind = bodyKind(headers['content-type'], raw?.length ?? 0)
  const wantsMultipart = method === 'POST' && path === '/uploads'
  let body: unknown
  if (raw && kind === 'multipart' && wantsMultipart) body = uploadFormFrom(raw, headers['content-type'])
  else if (raw && kind === 'json' && !wantsMultipart) body = parseJsonBody(raw.toString('utf8'))
  else if (kind !== 'none') {
    const wanted = wantsMultipart ? 'multipart/form-data' : 'application/json'
    return envelopeResponse(415, 'UNSUPPORTED_MEDIA', `请求内容须为 ${wanted} 格式`)
  }
  return { method, path, query: queryOf(url), headers, body }
}

function isWireResponse(value: WireRequest | WireResponse): value is WireResponse {
  return 'status' in value
}

function pathOf(rawUrl: string | undefined): string {
  return (rawUrl ?? '/').split('?')[0]
}

export function createHttpHandler(
  backend: MockBackend,
  options: { allowedOrigins?: readonly string[]; publicBaseUrl: string },
) {
  const allowed = options.allowedOrigins ?? []
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = checkOrigin(req, allowed)
    if (isOpen311Path(pathOf(req.url))) {
      serveOpen311(req, res, backend, options.publicBaseUrl)
      return
    }
    if (origin.kind === 'refused') {
      send(
        res,
        req,
        origin,
        envelopeResponse(403, 'FORBIDDEN', '这个网页不能访问本地 mock 服务（来源不在允许列表里）'),
      )
      return
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...SECURITY_HEADERS, ...corsHeaders(origin) })
      res.end()
      return
    }
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://mock.local')
    } catch {
      send(res, req, origin, envelopeResponse(400, 'VALIDATION_FAILED', '请求的网址格式不对'))
      return
    }
    if (isMalformedPath(url.pathname)) {
      send(res, req, origin, envelopeResponse(400, 'VALIDATION_FAILED', '请求的网址格式不对（编码有误）'))
      return
    }
    if (url.pathname.startsWith(UPLOAD_URL_PREFIX)) {
      serveUpload(res, req, origin, backend, url)
      return
    }
    if (url.pathname !== API_PREFIX && !url.pathname.startsWith(`${API_PREFIX}/`)) {
      send(res, req, origin, envelopeResponse(404, 'NOT_FOUND', '没有这个接口'))
      return
    }
    const path = url.pathname.slice(API_PREFIX.length)
    if ((path === '/dev' || path.startsWith('/dev/')) && req.headers['x-dev'] !== '1') {
      send(res, req, origin, envelopeResponse(403, 'FORBIDDEN', '开发者接口需要请求头 X-Dev: 1'))
      return
    }
    let wire: WireRequest | WireResponse
    try {
      wire = await toWireRequest(req, url)
    } catch (e) {
      if (!(e instanceof BodyTooLarge)) throw e
      const message = path === '/uploads' ? '照片太大（超过 5MB），请压缩后再上传' : '提交的内容太大了'
      wire = envelopeResponse(413, 'PAYLOAD_TOO_LARGE', message)
    }
    send(res, req, origin, isWireResponse(wire) ? wire : await backend.handle(wire))
  }
}

/** Oversized or unparseable request heads: Node answers before any handler runs, so answer here. */
function onClientError(err: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW'
  const wire = tooLarge
    ? envelopeResponse(431, 'PAYLOAD_TOO_LARGE', '请求头太大了')
    : envelopeResponse(400, 'VALIDATION_FAILED', '请求格式不对')
  const body = JSON.stringify(wire.body)
  const reason = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'
  socket.end(
    `HTTP/1.1 ${wire.status} ${reason}\r\n` +
      'content-type: application/json; charset=utf-8\r\n' +
      'x-content-type-options: nosniff\r\n' +
      `x-request-id: ${wire.headers['x-request-id']}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      'connection: close\r\n\r\n' +
      body,
  )
}

function listeningOrigin(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  return `http://${shown}:${port}`
}

/** Starts the mock backend over HTTP; resolves once it listens (read the port from server.address()). */
export function startHttpMock(options: HttpMockOptions = {}): Promise<Server> {
  const backend = options.backend ?? createMockBackend()
  const host = options.host ?? '127.0.0.1'
  const config = { allowedOrigins: options.allowedOrigins ?? [], publicBaseUrl: options.publicBaseUrl ?? '' }
  const handler = createHttpHandler(backend, config)
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    handler(req, res).catch((e: unknown) => {
      console.error('[mock] http', e)
      if (res.headersSent) {
        res.end()
        return
      }
      send(res, req, { kind: 'none' }, envelopeResponse(500, 'INTERNAL', '服务器开小差了，请稍后再试'))
    })
  })
  server.on('clientError', onClientError)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 9527, host, () => {
      server.off('error', reject)
      const address = server.address()
      if (!config.publicBaseUrl && address && typeof address === 'object') {
        config.publicBaseUrl = listeningOrigin(host, address.port)
      }
      resolve(server)
    })
  })
}

async function main(): Promise<void> {
  const host = process.env.MOCK_HOST || '127.0.0.1'
  const port = Number(process.env.MOCK_PORT || 9527)
  const stateFile = process.env.MOCK_STATE_FILE
  const publicBaseUrl = (process.env.PUBLIC_BASE_URL || '').replace(/\/+$/, '') || undefined
  const allowedOrigins = parseAllowedOrigins(process.env.MOCK_ALLOWED_ORIGINS)
  const backend = createMockBackend(stateFile ? { storage: fileStorage(stateFile) } : {})
  const server = await startHttpMock({ host, port, backend, allowedOrigins, publicBaseUrl })
  const address = server.address()
  const actual = address && typeof address === 'object' ? address.port : port
  console.log(`mock backend on http://${host}:${actual}${API_PREFIX}`)
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}

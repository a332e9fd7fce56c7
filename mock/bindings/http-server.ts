import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { API_PREFIX, ErrorEnvelope, type WireRequest, type WireResponse } from '../../src/contract'
import { createMockBackend, type MockBackend } from '../backend'
import { handleOpen311, isOpen311Path } from '../open311'
import { UPLOAD_URL_PREFIX } from '../tickets/photos'
import { readUpload } from '../uploads/service'
import { parseJsonBody } from '../wire-body'
import { fileStorage } from './file-storage'
import { uploadFormFrom } from './multipart'

/** Uploads are capped at 5 MB by the contract; anything far past that is not worth reading. */
const BODY_LIMIT_BYTES = 8 * 1024 * 1024

export interface HttpMockOptions {
  host?: string
  /** 0 picks a free port (tests) */
  port?: number
  backend?: MockBackend
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

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin
  // Credentials forbid the `*` wildcard, so the H5 dev server's origin is echoed back.
  if (!origin) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': 'Authorization, Content-Type, Idempotency-Key, X-Request-Id',
    'access-control-expose-headers': 'Retry-After, X-Request-Id',
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}

function send(res: ServerResponse, req: IncomingMessage, wire: WireResponse): void {
  if (wire.networkError) {
    // the `offline` fault: the client sees the connection drop, as on a train going into a tunnel
    req.socket.destroy()
    return
  }
  const headers = { ...corsHeaders(req), ...wire.headers }
  if (wire.rawBody !== undefined) {
    res.writeHead(wire.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    res.end(wire.rawBody)
  } else if (wire.status === 204 || wire.body === undefined) {
    res.writeHead(wire.status, headers)
    res.end()
  } else {
    res.writeHead(wire.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify(wire.body))
  }
}

/** An uploaded photo's bytes, from memory: 404 after a restart (bytes are never persisted). */
function serveUpload(res: ServerResponse, req: IncomingMessage, backend: MockBackend, id: string): void {
  const found = readUpload(backend.store, id)
  if (!found) {
    res.writeHead(404, corsHeaders(req))
    res.end()
    return
  }
  res.writeHead(200, {
    ...corsHeaders(req),
    'content-type': found.mime,
    'content-length': found.bytes.length,
  })
  res.end(Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.length))
}

function outsideApi(status: number, code: 'NOT_FOUND' | 'PAYLOAD_TOO_LARGE', message: string): WireResponse {
  const requestId = `req-http-${Date.now().toString(36)}`
  return {
    status,
    headers: { 'x-request-id': requestId },
    body: ErrorEnvelope.parse({ error: { code, message }, requestId }),
  }
}

async function toWireRequest(req: IncomingMessage, url: URL): Promise<WireRequest> {
  const headers: Record<string, string> = {}
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  const query: Record<string, string> = {}
  url.searchParams.forEach((value, key) => {
    if (!(key in query)) query[key] = value
  })
  const method = (req.method ?? 'GET').toUpperCase()
  const hasBody = method !== 'GET' && method !== 'HEAD'
  const type = headers['content-type'] ?? ''
  const raw = hasBody ? await readBytes(req) : null
  let body: unknown
  if (raw && type.startsWith('multipart/form-data')) body = uploadFormFrom(raw, type)
  else if (raw) body = parseJsonBody(raw.toString('utf8'))
  return { method, path: url.pathname.slice(API_PREFIX.length), query, headers, body }
}

export function createHttpHandler(backend: MockBackend) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(req))
      res.end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://mock.local')
    if (req.method === 'GET' && url.pathname.startsWith(UPLOAD_URL_PREFIX)) {
      serveUpload(res, req, backend, decodeURIComponent(url.pathname.slice(UPLOAD_URL_PREFIX.length)))
      return
    }
    if (isOpen311Path(url.pathname)) {
      const query = Object.fromEntries(url.searchParams)
      const origin = `http://${req.headers.host ?? 'localhost'}`
      send(res, req, handleOpen311(backend, { method: req.method ?? 'GET', path: url.pathname, query, origin }))
      return
    }
    if (url.pathname !== API_PREFIX && !url.pathname.startsWith(`${API_PREFIX}/`)) {
      send(res, req, outsideApi(404, 'NOT_FOUND', '没有这个接口'))
      return
    }
    let wire: WireRequest
    try {
      wire = await toWireRequest(req, url)
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        const message = url.pathname.endsWith('/uploads')
          ? '照片太大（超过 5MB），请压缩后再上传'
          : '提交的内容太大了'
        send(res, req, outsideApi(413, 'PAYLOAD_TOO_LARGE', message))
        return
      }
      throw e
    }
    send(res, req, await backend.handle(wire))
  }
}

/** Starts the mock backend over HTTP; resolves once it listens (read the port from server.address()). */
export function startHttpMock(options: HttpMockOptions = {}): Promise<Server> {
  const backend = options.backend ?? createMockBackend()
  const handler = createHttpHandler(backend)
  const server = createServer((req, res) => {
    handler(req, res).catch((e: unknown) => {
      console.error('[mock] http', e)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 9527, options.host ?? '127.0.0.1', () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}

async function main(): Promise<void> {
  const host = process.env.MOCK_HOST || '127.0.0.1'
  const port = Number(process.env.MOCK_PORT || 9527)
  const stateFile = process.env.MOCK_STATE_FILE
  const backend = createMockBackend(stateFile ? { storage: fileStorage(stateFile) } : {})
  await startHttpMock({ host, port, backend })
  console.log(`mock backend on http://${host}:${port}${API_PREFIX}`)
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}

import { http, HttpResponse, type HttpHandler } from 'msw'
import { API_PREFIX, type WireRequest, type WireResponse } from '../../src/contract'
import type { MockBackend } from '../backend'
import { handleOpen311, OPEN311_PREFIX } from '../open311'
import { UPLOAD_URL_PREFIX } from '../tickets/photos'
import { readUpload } from '../uploads/service'
import { parseJsonBody } from '../wire-body'
import { readServedPhotoAsync } from './photo-serving'

/** Somewhere uploaded bytes outlive the page (H5: IndexedDB), so photos still show after a reload. */
export interface UploadCache {
  save(id: string, bytes: Uint8Array, mime: string): Promise<void>
  load(id: string): Promise<{ bytes: Uint8Array; mime: string } | undefined>
}

export interface MswBindingOptions {
  /** Turns a multipart/form-data request into the body the router expects (default: readUploadForm). */
  readMultipart?: (request: Request) => Promise<unknown>
  uploadCache?: UploadCache
}

/**
 * POST /uploads as the router wants it: `{ file: { name, bytes } }` from the `file` part.
 * Anything else (no such part, a text field, a body that is not multipart at all) arrives
 * without `file`, and the contract's schema refuses it with a plain message.
 */
export async function readUploadForm(request: Request): Promise<unknown> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return {}
  }
  const file = form.get('file')
  if (file === null || typeof file === 'string') return {}
  // copied into this realm's Uint8Array: the contract checks `instanceof Uint8Array`
  return { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } }
}

async function readBody(request: Request, options: MswBindingOptions): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) return (options.readMultipart ?? readUploadForm)(request)
  return parseJsonBody(await request.text())
}

export async function toWireRequest(request: Request, options: MswBindingOptions = {}): Promise<WireRequest> {
  const url = new URL(request.url)
  const at = url.pathname.indexOf(`${API_PREFIX}/`)
  const query: Record<string, string> = {}
  url.searchParams.forEach((value, key) => {
    if (!(key in query)) query[key] = value
  })
  const headers: Record<string, string> = {}
  // Headers iterate with lower-case names already
  request.headers.forEach((value, key) => {
    headers[key] = value
  })
  return {
    method: request.method,
    path: url.pathname.slice(at + API_PREFIX.length),
    query,
    headers,
    body: await readBody(request, options),
  }
}

export function toFetchResponse(res: WireResponse): Response {
  if (res.networkError) return HttpResponse.error()
  if (res.rawBody !== undefined) {
    return new HttpResponse(res.rawBody, {
      status: res.status,
      headers: { ...res.headers, 'content-type': 'application/json' },
    })
  }
  if (res.status === 204 || res.body === undefined)
    return new HttpResponse(null, { status: res.status, headers: res.headers })
  return HttpResponse.json(res.body, { status: res.status, headers: res.headers })
}

/** A signed photo URL's bytes, from memory or the upload cache; the envelope when refused. */
async function serveUpload(
  backend: MockBackend,
  request: Request,
  id: string,
  cache?: UploadCache,
): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams)
  const found = await readServedPhotoAsync(backend, id, query, cache ? (key) => cache.load(key) : undefined)
  if (found.kind === 'refused') {
    const requestId = `req-msw-${Date.now().toString(36)}`
    return HttpResponse.json(
      { error: { code: found.code, message: found.message }, requestId },
      { status: found.status, headers: { 'x-request-id': requestId } },
    )
  }
  return new HttpResponse(found.bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: found.headers })
}

/**
 * msw handlers serving the mock backend under any origin's /api/v1, uploaded photos under
 * /mock-uploads/<id>, and the Open311 view under /open311/v2 (jest, and the H5 service worker).
 */
export function createMswHandlers(backend: MockBackend, options: MswBindingOptions = {}): HttpHandler[] {
  return [
    // msw decodes path parameters while it looks for a handler, and a malformed escape (`%E4%B8`)
    // would throw there: answer it first, as the other bindings do, with a 400 envelope
    http.all(/^/, ({ request }) => {
      const { pathname } = new URL(request.url)
      try {
        decodeURIComponent(pathname)
        return undefined
      } catch {
        const requestId = `req-msw-${Date.now().toString(36)}`
        const error = { code: 'VALIDATION_FAILED', message: '请求的网址格式不对（编码有误）' }
        if (pathname.includes(OPEN311_PREFIX)) {
          return HttpResponse.json([{ code: 400, description: '网址编码有误' }], { status: 400 })
        }
        return HttpResponse.json(
          { error, requestId },
          { status: 400, headers: { 'x-request-id': requestId } },
        )
      }
    }),
    http.all(`*${API_PREFIX}/*`, async ({ request }) => {
      const wire = await toWireRequest(request, options)
      const res = await backend.handle(wire)
      if (options.uploadCache && wire.path === '/uploads' && res.status === 201) {
        const id = String((res.body as { id: string }).id)
        const stored = readUpload(backend.store, id)
        if (stored) await options.uploadCache.save(id, stored.bytes, stored.mime).catch(() => undefined)
      }
      return toFetchResponse(res)
    }),
    http.get(`*${UPLOAD_URL_PREFIX}:id`, ({ request, params }) =>
      serveUpload(backend, request, String(params.id), options.uploadCache),
    ),
    // the read-only Open311 GeoReport v2 view (not part of the /api/v1 contract)
    http.all(`*${OPEN311_PREFIX}/*`, ({ request }) => {
      const url = new URL(request.url)
      const query = Object.fromEntries(url.searchParams)
      return toFetchResponse(
        handleOpen311(backend, { method: request.method, path: url.pathname, query, publicBase: url.origin }),
      )
    }),
  ]
}

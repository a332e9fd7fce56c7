import { http, HttpResponse, type HttpHandler } from 'msw'
import { API_PREFIX, type WireRequest, type WireResponse } from '../../src/contract'
import type { MockBackend } from '../backend'
import { parseJsonBody } from '../wire-body'

export interface MswBindingOptions {
  /**
   * Turns a multipart/form-data request into the body the router expects. Uploads
   * (`POST /uploads`) will plug in here; until then a multipart body reaches the router empty.
   */
  readMultipart?: (request: Request) => Promise<unknown>
}

async function readBody(request: Request, options: MswBindingOptions): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) return options.readMultipart?.(request)
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

/** msw handlers serving the mock backend under any origin's /api/v1 (jest, and the H5 service worker). */
export function createMswHandlers(backend: MockBackend, options: MswBindingOptions = {}): HttpHandler[] {
  return [
    http.all(`*${API_PREFIX}/*`, async ({ request }) => {
      return toFetchResponse(await backend.handle(await toWireRequest(request, options)))
    }),
  ]
}

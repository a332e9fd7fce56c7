import type { ErrorCode } from '../../src/contract'
import type { MockBackend } from '../backend'
import { seedSvg } from '../tickets/photos'
import { checkPhotoQuery } from '../uploads/access'
import { pruneUploads, readUpload } from '../uploads/service'

export type ServedPhoto =
  | { kind: 'ok'; bytes: Uint8Array; headers: Record<string, string> }
  | { kind: 'refused'; status: number; code: ErrorCode; message: string }

/** Images only ever render; nothing in them may run or be sniffed into something that does. */
const IMAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'cache-control': 'private, max-age=3600',
}

/**
 * The bytes behind a signed photo URL (`/mock-uploads/<id>?exp=…&sig=…`), for the http and msw
 * bindings: an upload's stored (stripped) bytes, or a seeded photo's SVG card. 403 without a
 * valid signature, 403 once expired, 404 when the bytes are gone (restart) or never were.
 * `fallback` is the H5 upload cache (IndexedDB), which outlives a page reload.
 */
export async function readServedPhotoAsync(
  backend: Pick<MockBackend, 'store' | 'clock'>,
  id: string,
  query: Record<string, string>,
  fallback?: (id: string) => Promise<{ bytes: Uint8Array; mime: string } | undefined>,
): Promise<ServedPhoto> {
  const found = readServedPhoto(backend, id, query)
  if (found.kind === 'ok' || found.status !== 404 || !fallback) return found
  const cached = await fallback(id).catch(() => undefined)
  if (!cached) return found
  return { kind: 'ok', bytes: cached.bytes, headers: { ...IMAGE_HEADERS, 'content-type': cached.mime } }
}

export function readServedPhoto(
  backend: Pick<MockBackend, 'store' | 'clock'>,
  id: string,
  query: Record<string, string>,
): ServedPhoto {
  const access = checkPhotoQuery(id, query, backend.clock.now())
  if (access === 'forbidden') {
    return { kind: 'refused', status: 403, code: 'FORBIDDEN', message: '没有权限查看这张照片' }
  }
  if (access === 'expired') {
    return { kind: 'refused', status: 403, code: 'FORBIDDEN', message: '照片链接已过期，请刷新页面' }
  }
  const svg = seedSvg(id)
  if (svg !== undefined) {
    const bytes = new TextEncoder().encode(svg)
    return {
      kind: 'ok',
      bytes,
      headers: { ...IMAGE_HEADERS, 'content-type': 'image/svg+xml; charset=utf-8' },
    }
  }
  pruneUploads(backend.store, backend.clock.now())
  const upload = readUpload(backend.store, id)
  if (!upload) return { kind: 'refused', status: 404, code: 'NOT_FOUND', message: '这张照片已不存在' }
  return { kind: 'ok', bytes: upload.bytes, headers: { ...IMAGE_HEADERS, 'content-type': upload.mime } }
}

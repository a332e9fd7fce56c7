import { MAX_UPLOAD_BYTES } from '../../src/contract'
import { MockError } from '../errors'
import { randomString } from '../random'
import type { Store } from '../store'
import type { ImageMime, StoredUpload } from './model'
import { sniffImage } from './sniff'

/** An upload no ticket uses is forgotten after this long (a draft may sit for days). */
export const UNUSED_UPLOAD_TTL_MS = 7 * 24 * 60 * 60 * 1000

function usedPhotoIds(store: Store): Set<string> {
  const used = new Set<string>()
  for (const t of store.state.tickets) {
    for (const p of t.photos) used.add(p.id)
    for (const e of t.timeline) for (const p of e.photos) used.add(p.id)
  }
  return used
}

function prune(store: Store, now: number): void {
  const uploads = store.state.uploads
  const stale = Object.values(uploads).filter((u) => now - u.createdAt > UNUSED_UPLOAD_TTL_MS)
  if (stale.length === 0) return
  const used = usedPhotoIds(store)
  for (const u of stale) {
    if (used.has(u.id)) continue
    delete uploads[u.id]
    store.blobs.delete(u.id)
  }
}

/** Checks an uploaded file by its bytes and keeps it: metadata in the store, bytes in memory. */
export function saveUpload(store: Store, ownerId: string, bytes: Uint8Array, now: number): StoredUpload {
  const info = sniffImage(bytes)
  if (info === 'unknown') throw new MockError('UNSUPPORTED_MEDIA', '只能上传照片（JPG、PNG 或 WebP 格式）')
  if (info === 'damaged') throw new MockError('UNSUPPORTED_MEDIA', '这张照片已损坏，请换一张')
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new MockError('PAYLOAD_TOO_LARGE', '照片太大（超过 5MB），请压缩后再上传')
  prune(store, now)
  const upload: StoredUpload = {
    id: `up-${randomString(12)}`,
    ownerId,
    ...info,
    bytes: bytes.length,
    createdAt: now,
  }
  store.state.uploads[upload.id] = upload
  store.blobs.set(upload.id, bytes)
  return upload
}

/** The bytes behind /mock-uploads/<id>; undefined after a restart (bytes are never persisted). */
export function readUpload(store: Store, id: string): { bytes: Uint8Array; mime: ImageMime } | undefined {
  const bytes = store.blobs.get(id)
  const meta = Object.prototype.hasOwnProperty.call(store.state.uploads, id)
    ? store.state.uploads[id]
    : undefined
  return bytes && meta ? { bytes, mime: meta.mime } : undefined
}

import { MAX_UPLOAD_BYTES } from '../../src/contract'
import { MockError, rateLimited } from '../errors'
import { randomString } from '../random'
import type { Store } from '../store'
import type { ImageMime, StoredUpload } from './model'
import { sniffImage } from './sniff'
import { stripMetadata } from './strip'

const DAY_MS = 24 * 60 * 60 * 1000

/** An upload no ticket uses is released after a day of mock time, bytes and all. */
export const UNUSED_UPLOAD_TTL_MS = DAY_MS

/** What one person may hold in uploads no ticket uses yet (they are released after a day). */
export const UPLOAD_QUOTA = { count: 30, bytes: 100 * 1024 * 1024 }

function usedPhotoIds(store: Store): Set<string> {
  const used = new Set<string>()
  for (const t of store.state.tickets) {
    for (const p of t.photos) used.add(p.id)
    for (const e of t.timeline) for (const p of e.photos) used.add(p.id)
  }
  return used
}

/** Releases the unused uploads older than a day; the bindings' memory goes with them. */
export function pruneUploads(store: Store, now: number): void {
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

/** 429 when one more upload of `size` bytes would pass the quota of unused uploads. */
function checkQuota(store: Store, ownerId: string, size: number, now: number): void {
  const used = usedPhotoIds(store)
  const held = Object.values(store.state.uploads)
    .filter((u) => u.ownerId === ownerId && !used.has(u.id))
    .sort((a, b) => a.createdAt - b.createdAt)
  const bytes = held.reduce((n, u) => n + u.bytes, 0)
  if (held.length < UPLOAD_QUOTA.count && bytes + size <= UPLOAD_QUOTA.bytes) return
  // the oldest unused upload is released a day after it came: that frees room
  const wait = held.length > 0 ? (held[0].createdAt + UNUSED_UPLOAD_TTL_MS - now) / 1000 : 60
  const message =
    held.length >= UPLOAD_QUOTA.count
      ? `未使用的照片已有 ${UPLOAD_QUOTA.count} 张，请先提交上报或稍后再传`
      : '未使用的照片已超过 100MB，请先提交上报或稍后再传'
  throw rateLimited(Math.max(1, wait), message)
}

/**
 * Checks an uploaded file by its bytes and keeps it: metadata in the store, bytes in memory —
 * the bytes with EXIF, XMP and other metadata removed by the server itself (strip.ts).
 */
export function saveUpload(store: Store, ownerId: string, bytes: Uint8Array, now: number): StoredUpload {
  const info = sniffImage(bytes)
  if (info === 'unknown') throw new MockError('UNSUPPORTED_MEDIA', '只能上传照片（JPG、PNG 或 WebP 格式）')
  if (info === 'damaged') throw new MockError('UNSUPPORTED_MEDIA', '这张照片已损坏，请换一张')
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new MockError('PAYLOAD_TOO_LARGE', '照片太大（超过 5MB），请压缩后再上传')
  const stripped = stripMetadata(bytes, info.mime)
  if (!stripped) throw new MockError('UNSUPPORTED_MEDIA', '这张照片已损坏，请换一张')
  pruneUploads(store, now)
  checkQuota(store, ownerId, stripped.length, now)
  const upload: StoredUpload = {
    id: `up-${randomString(12)}`,
    ownerId,
    ...info,
    bytes: stripped.length,
    createdAt: now,
  }
  store.state.uploads[upload.id] = upload
  store.blobs.set(upload.id, stripped)
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

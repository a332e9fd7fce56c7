import type { GeoPoint } from '@/contract'
import type { UploadedImage } from '@/contract/uploads'
import { readJson, removeKey, writeJson } from '@/platform/storage'
import { deletePhoto, loadPhoto } from '@/platform/photo-store'
import { newIdempotencyKey } from '@/data/write'

/** Where the location came from: says how much to trust it. */
export type LocationSource = 'gps' | 'photo' | 'map' | 'community'

export interface DraftLocation {
  point: GeoPoint
  address: string
  communityName: string | null
  gridName: string | null
  inServiceArea: boolean
  source: LocationSource
}

export interface DraftPhoto {
  localId: string
  name: string
  /** displayable and uploadable path (re-created after a reload on H5) */
  path: string
  width: number
  height: number
  bytes: number
  /** the server's record once uploaded */
  uploaded: UploadedImage | null
}

/** The one piece of app state that persists: a half-filled report. */
export interface ReportDraft {
  version: 1
  /** created with the draft, so a retry after a crash cannot file the report twice */
  idempotencyKey: string
  photos: DraftPhoto[]
  location: DraftLocation | null
  categoryId: string | null
  description: string
  anonymous: boolean
  contactPhone: string
  updatedAt: number
}

const KEY = 'ssp:report-draft'

export function emptyDraft(): ReportDraft {
  return {
    version: 1,
    idempotencyKey: newIdempotencyKey(),
    photos: [],
    location: null,
    categoryId: null,
    description: '',
    anonymous: false,
    contactPhone: '',
    updatedAt: Date.now(),
  }
}

export function hasContent(d: ReportDraft): boolean {
  return d.photos.length > 0 || d.location !== null || d.categoryId !== null || d.description.trim() !== ''
}

export function saveDraft(d: ReportDraft): boolean {
  return writeJson(KEY, { ...d, updatedAt: Date.now() })
}

/** The stored draft with its photos re-attached; photos whose file is gone are dropped. */
export async function restoreDraft(): Promise<{ draft: ReportDraft; lostPhotos: number } | null> {
  const stored = readJson<ReportDraft>(KEY)
  if (!stored || stored.version !== 1 || !Array.isArray(stored.photos)) return null
  const photos: DraftPhoto[] = []
  for (const p of stored.photos) {
    const file = await loadPhoto(p.localId, p.path)
    if (file) photos.push({ ...p, path: file.path })
  }
  return { draft: { ...stored, photos }, lostPhotos: stored.photos.length - photos.length }
}

export function forgetDraft(): void {
  removeKey(KEY)
}

export async function clearDraft(d: ReportDraft | null): Promise<void> {
  forgetDraft()
  await Promise.all((d?.photos ?? []).map((p) => deletePhoto(p.localId, p.path)))
}

import { compressPhoto, NotAnImageError } from '@/platform/image'
import type { PickedImage } from '@/platform/media'
import { savePhoto } from '@/platform/photo-store'
import type { DraftPhoto } from './draft'

export const MAX_PHOTOS = 9

function localId(): string {
  return `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

/**
 * Compresses each chosen photo on the device and keeps it where a killed app can find it.
 * Files that are not images are named in `refused`, never silently dropped.
 */
export async function preparePhotos(
  picked: PickedImage[],
): Promise<{ photos: DraftPhoto[]; refused: string[] }> {
  const photos: DraftPhoto[] = []
  const refused: string[] = []
  for (const img of picked) {
    try {
      const c = await compressPhoto(img)
      const id = localId()
      const stored = await savePhoto(id, { path: c.path, blob: c.blob })
      photos.push({
        localId: id,
        name: img.name,
        path: stored.path,
        width: c.width,
        height: c.height,
        bytes: c.bytes,
        uploaded: null,
      })
    } catch (e) {
      refused.push(e instanceof NotAnImageError ? e.message : `“${img.name}”无法读取，请换一张`)
    }
  }
  return { photos, refused }
}

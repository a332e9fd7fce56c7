import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '@/api'
import { uploadPhoto } from '@/api/upload'
import { compressPhoto, NotAnImageError } from '@/platform/image'
import { pickImages } from '@/platform/media'

export const MAX_RESULT_PHOTOS = 9

/** A photo of the fixed problem: compressed on the device, then uploaded with progress. */
export interface ResultPhoto {
  key: string
  name: string
  path: string
  /** the upload id, once the server has it */
  uploadId: string | null
  percent: number
  error: string | null
}

let seq = 0
const newKey = () => `r${Date.now().toString(36)}${(seq++).toString(36)}`

/**
 * The photos of 现场办结: chosen, shrunk (≤ 1920 px, ≤ 500 KB, no EXIF) and uploaded one by one.
 * A failure stays on its photo with the reason until retried or removed. Nothing is kept
 * after the page closes: a resolve happens on the spot, not over days like a report.
 */
export function useResultPhotos() {
  const [photos, setPhotos] = useState<ResultPhoto[]>([])
  const [preparing, setPreparing] = useState(false)
  const [refused, setRefused] = useState<string[]>([])
  const alive = useRef(true)
  useEffect(
    () => () => {
      alive.current = false
    },
    [],
  )

  const patch = useCallback((key: string, p: Partial<ResultPhoto>) => {
    if (alive.current) setPhotos((ps) => ps.map((x) => (x.key === key ? { ...x, ...p } : x)))
  }, [])

  const upload = useCallback(
    (photo: ResultPhoto) => {
      patch(photo.key, { error: null, percent: 0 })
      uploadPhoto({ path: photo.path, name: photo.name }, (percent) => patch(photo.key, { percent }))
        .then((u) => patch(photo.key, { uploadId: u.id, percent: 100 }))
        .catch((e: unknown) => patch(photo.key, { error: errorMessage(e) }))
    },
    [patch],
  )

  const add = async () => {
    setRefused([])
    const picked = await pickImages(MAX_RESULT_PHOTOS - photos.length).catch(() => null)
    if (!picked || picked.images.length + picked.refused.length === 0) return
    setPreparing(true)
    const ready: ResultPhoto[] = []
    const problems = picked.refused.map((r) => `“${r.name}”${r.reason}`)
    for (const img of picked.images) {
      try {
        const c = await compressPhoto(img)
        ready.push({ key: newKey(), name: img.name, path: c.path, uploadId: null, percent: 0, error: null })
      } catch (e) {
        problems.push(e instanceof NotAnImageError ? e.message : `“${img.name}”无法读取，请换一张`)
      }
    }
    if (!alive.current) return
    setPreparing(false)
    setRefused(problems)
    setPhotos((ps) => [...ps, ...ready])
    ready.forEach(upload)
  }

  const remove = (key: string) => setPhotos((ps) => ps.filter((p) => p.key !== key))

  return {
    photos,
    preparing,
    refused,
    add,
    remove,
    retry: upload,
    ids: photos.flatMap((p) => (p.uploadId ? [p.uploadId] : [])),
    uploading: preparing || photos.some((p) => !p.uploadId && !p.error),
    failed: photos.some((p) => p.error !== null),
  }
}

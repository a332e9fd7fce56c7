import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, errorMessage } from '@/api'
import { uploadPhoto } from '@/api/upload'
import { onNetworkChange } from '@/platform/network'
import type { DraftPhoto, ReportDraft } from './draft'

export type UploadState =
  { status: 'uploading'; percent: number } | { status: 'failed'; message: string; reason: string }

/** Why a photo did not go up, in the few words its tile has room for. */
function shortReason(e: unknown): string {
  if (!(e instanceof ApiError)) return '上传失败'
  if (e.code === 'NETWORK') return '网络断开'
  if (e.code === 'TIMEOUT') return '上传超时'
  if (e.code === 'PAYLOAD_TOO_LARGE') return '照片太大'
  if (e.code === 'UNSUPPORTED_MEDIA') return '无法识别'
  if (e.status >= 500) return '服务器忙'
  return '上传失败'
}

/**
 * Uploads every photo of the draft that has no server record yet, one request each, with
 * progress; a failure stays on that photo with its reason until retried.
 */
export function usePhotoUploads(
  photos: DraftPhoto[],
  update: (patch: (d: ReportDraft) => Partial<ReportDraft>) => void,
  enabled: boolean,
) {
  const [states, setStates] = useState<Record<string, UploadState>>({})
  const running = useRef(new Set<string>())

  const start = useCallback(
    (photo: DraftPhoto) => {
      if (running.current.has(photo.localId)) return
      running.current.add(photo.localId)
      setStates((s) => ({ ...s, [photo.localId]: { status: 'uploading', percent: 0 } }))
      uploadPhoto({ path: photo.path, name: photo.name }, (percent) =>
        setStates((s) => ({ ...s, [photo.localId]: { status: 'uploading', percent } })),
      )
        .then((uploaded) => {
          update((d) => ({
            photos: d.photos.map((p) => (p.localId === photo.localId ? { ...p, uploaded } : p)),
          }))
          setStates((s) => {
            const { [photo.localId]: _done, ...rest } = s
            return rest
          })
        })
        .catch((e: unknown) => {
          setStates((s) => ({
            ...s,
            [photo.localId]: { status: 'failed', message: errorMessage(e), reason: shortReason(e) },
          }))
        })
        .finally(() => running.current.delete(photo.localId))
    },
    [update],
  )

  useEffect(() => {
    if (!enabled) return
    for (const p of photos) if (!p.uploaded && !states[p.localId]) start(p)
  }, [photos, states, start, enabled])

  // the network is back: photos that failed for want of it go up again by themselves
  useEffect(
    () =>
      onNetworkChange((online) => {
        if (!online) return
        setStates((s) => {
          const next: Record<string, UploadState> = {}
          for (const [id, st] of Object.entries(s)) if (st.status !== 'failed') next[id] = st
          return next
        })
      }),
    [],
  )

  const pending = photos.some((p) => !p.uploaded)
  const failed = photos.some((p) => states[p.localId]?.status === 'failed')
  return { states, retry: start, pending, failed }
}

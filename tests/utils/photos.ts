import { resolveObjectURL } from 'node:buffer'
import jpeg from 'jpeg-js'
import { configureApi, type TransportResponse } from '@/api'
import { buildUrl } from '@/api/transport'
import type { CompressedImage } from '@/platform/image'
import type { PickedImage } from '@/platform/media'

/** A real (small, noisy) JPEG, as a camera would give after compression. */
export function makeJpeg(width = 64, height = 48): Uint8Array {
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < data.length; i++) data[i] = (i * 37 + (i >> 5)) & 0xff
  return new Uint8Array(jpeg.encode({ data, width, height }, 80).data)
}

export function picked(name: string, bytes: Uint8Array, type = 'image/jpeg'): PickedImage {
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>], { type })
  return { path: URL.createObjectURL(file), name, size: file.size, file }
}

/** Stand-in for canvas compression (jsdom has no canvas; the real one is tested in Chromium). */
export function passThrough(img: PickedImage): CompressedImage {
  return { path: img.path, width: 64, height: 48, bytes: img.size, blob: img.file }
}

/**
 * Uploads through fetch + FormData so msw (and the mock's real multipart, type and size
 * checks) answer it; Taro's H5 uploadFile needs XHR with blob: URLs, which jsdom lacks.
 */
export function installFetchUploader(): void {
  configureApi({
    uploader: async (req): Promise<TransportResponse> => {
      const blob = resolveObjectURL(req.filePath)
      if (!blob) throw new Error(`no blob for ${req.filePath}`)
      const form = new FormData()
      form.append('file', blob as Blob, req.name)
      req.onProgress(30)
      const res = await fetch(buildUrl(req.baseUrl, '/uploads', {}), {
        method: 'POST',
        headers: req.headers,
        body: form,
      })
      req.onProgress(100)
      const text = await res.text()
      let data: unknown = text
      try {
        data = JSON.parse(text)
      } catch {
        // left as text
      }
      return { status: res.status, headers: {}, data }
    },
  })
}

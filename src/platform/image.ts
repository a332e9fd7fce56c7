import Taro from '@tarojs/taro'
import { PHOTO_MAX_EDGE, PHOTO_TARGET_BYTES } from '@/contract/uploads'
import type { PickedImage } from './media'

export interface CompressedImage {
  path: string
  width: number
  height: number
  bytes: number
  /** H5 only */
  blob?: Blob
}

export class NotAnImageError extends Error {
  constructor(name: string) {
    super(`“${name}”不是图片，无法上传`)
  }
}

const QUALITIES = [0.85, 0.75, 0.65, 0.55, 0.45]

/**
 * Shrinks a photo so its long edge is ≤ 1920 px and it is ≤ 500 KB, re-encoding it as
 * JPEG, which also drops EXIF (GPS, camera serial). The result is measured, not trusted.
 */
export function compressPhoto(img: PickedImage): Promise<CompressedImage> {
  return process.env.TARO_ENV === 'h5' ? compressH5(img) : compressWeapp(img)
}

function fit(width: number, height: number, maxEdge: number) {
  const scale = Math.min(1, maxEdge / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

async function compressH5(img: PickedImage): Promise<CompressedImage> {
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(img.file ?? (await (await fetch(img.path)).blob()))
  } catch {
    throw new NotAnImageError(img.name)
  }
  let edge = PHOTO_MAX_EDGE
  for (;;) {
    const size = fit(bitmap.width, bitmap.height, edge)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('canvas unavailable')
    ctx.drawImage(bitmap, 0, 0, size.width, size.height)
    for (const q of QUALITIES) {
      const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', q))
      if (blob && blob.size <= PHOTO_TARGET_BYTES) {
        bitmap.close()
        return {
          path: URL.createObjectURL(blob),
          width: size.width,
          height: size.height,
          bytes: blob.size,
          blob,
        }
      }
    }
    edge = Math.round(edge * 0.8)
  }
}

async function compressWeapp(img: PickedImage): Promise<CompressedImage> {
  let info: Taro.getImageInfo.SuccessCallbackResult
  try {
    info = await Taro.getImageInfo({ src: img.path })
  } catch {
    throw new NotAnImageError(img.name)
  }
  const fs = Taro.getFileSystemManager()
  let edge = PHOTO_MAX_EDGE
  for (;;) {
    const size = fit(info.width, info.height, edge)
    for (const q of QUALITIES) {
      const { tempFilePath } = await Taro.compressImage({
        src: img.path,
        quality: Math.round(q * 100),
        compressedWidth: size.width,
        compressedHeight: size.height,
      })
      const bytes = (fs.statSync(tempFilePath) as { size: number }).size
      if (bytes <= PHOTO_TARGET_BYTES) return { path: tempFilePath, ...size, bytes }
    }
    edge = Math.round(edge * 0.8)
  }
}

import type { ImageMime } from './model'

/**
 * Metadata removed by the server before a photo is stored, whatever the client did: a phone's
 * JPEG carries the GPS position of the resident's home in EXIF, and XMP, IPTC and comments may
 * carry names and device ids. Pixels, colour profiles (ICC) and everything needed to decode stay.
 *
 * JPEG: APP1 (Exif, XMP), APP12-APP15 (IPTC / Photoshop, Ducky, Adobe comments), COM and
 * anything after EOI dropped.
 * PNG: eXIf, tEXt, zTXt, iTXt and tIME chunks dropped. WebP: EXIF and XMP chunks dropped and
 * their VP8X flags cleared. A file whose structure cannot be walked is refused as damaged, never
 * stored as it came.
 */

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1]
const u32be = (b: Uint8Array, i: number) =>
  ((b[i] << 24) >>> 0) + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3])
const u32le = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | ((b[i + 3] << 24) >>> 0)) >>> 0

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const DROPPED_JPEG = new Set([0xe1, 0xec, 0xed, 0xee, 0xef, 0xfe])

/** Just past the EOI marker from `from` on, or the end of the file when it is cut short. */
function endOfImage(b: Uint8Array, from: number): number {
  for (let i = from; i + 1 < b.length; i++) {
    if (b[i] === 0xff && b[i + 1] === 0xd9) return i + 2
  }
  return b.length
}

function stripJpeg(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [b.subarray(0, 2)]
  let i = 2
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]
    if (marker === 0xff) {
      i += 1
      continue
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      parts.push(b.subarray(i, i + 2))
      i += 2
      continue
    }
    if (marker === 0xd9) {
      parts.push(b.subarray(i, i + 2))
      return concat(parts)
    }
    if (i + 3 >= b.length) return null
    const end = i + 2 + u16be(b, i + 2)
    if (end > b.length || end < i + 4) return null
    if (marker === 0xda) {
      // start of scan: entropy-coded data and any later scans follow as they are, up to EOI;
      // inside them 0xFF is always stuffed (FF00) or a marker, so the first FFD9 ends the image.
      // Whatever a file carries after its end (another file, a payload) is not kept.
      parts.push(b.subarray(i, endOfImage(b, end)))
      return concat(parts)
    }
    if (!DROPPED_JPEG.has(marker)) parts.push(b.subarray(i, end))
    i = end
  }
  return null
}

const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME'])

function stripPng(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [b.subarray(0, 8)]
  let i = 8
  while (i + 12 <= b.length) {
    const length = u32be(b, i)
    const type = String.fromCharCode(b[i + 4], b[i + 5], b[i + 6], b[i + 7])
    const end = i + 12 + length
    if (end > b.length) return null
    if (!PNG_DROPPED.has(type)) parts.push(b.subarray(i, end))
    i = end
    if (type === 'IEND') return concat(parts)
  }
  return null
}

function stripWebp(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = []
  let i = 12
  while (i + 8 <= b.length) {
    const type = String.fromCharCode(b[i], b[i + 1], b[i + 2], b[i + 3])
    const size = u32le(b, i + 4)
    const end = i + 8 + size + (size % 2)
    if (i + 8 + size > b.length) return null
    if (type !== 'EXIF' && type !== 'XMP ') {
      const chunk = b.slice(i, Math.min(end, b.length))
      // VP8X flags: bit 3 EXIF, bit 2 XMP — none is left
      if (type === 'VP8X' && chunk.length > 8) chunk[8] &= ~0x0c
      parts.push(chunk)
    }
    i = end
  }
  const body = concat(parts)
  const out = new Uint8Array(12 + body.length)
  out.set(b.subarray(0, 12))
  const riffSize = 4 + body.length
  out[4] = riffSize & 0xff
  out[5] = (riffSize >> 8) & 0xff
  out[6] = (riffSize >> 16) & 0xff
  out[7] = (riffSize >>> 24) & 0xff
  out.set(body, 12)
  return out
}

/** The photo without its metadata, or null when its structure cannot be walked (refuse it). */
export function stripMetadata(bytes: Uint8Array, mime: ImageMime): Uint8Array | null {
  if (mime === 'image/jpeg') return stripJpeg(bytes)
  if (mime === 'image/png') return stripPng(bytes)
  return stripWebp(bytes)
}

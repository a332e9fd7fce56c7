import type { ImageMime } from './model'

/**
 * What an upload really is, from its bytes alone (never its name or declared type), and how
 * big the picture is, from the JPEG SOF segment, the PNG IHDR chunk or the WebP header.
 */
export interface ImageInfo {
  mime: ImageMime
  width: number
  height: number
}

type Size = { width: number; height: number } | null

function startsWith(b: Uint8Array, offset: number, bytes: readonly number[]): boolean {
  return bytes.every((x, i) => b[offset + i] === x)
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0))
}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1]
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8)
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)
const u32be = (b: Uint8Array, i: number) =>
  ((b[i] << 24) >>> 0) + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3])

/** SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

function jpegSize(b: Uint8Array): Size {
  let i = 2
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]
    if (marker === 0xff) {
      i += 1 // fill byte
      continue
    }
    i += 2
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) continue // no length field
    if (marker === 0xd9 || marker === 0xda) return null // image data before any frame header
    const length = u16be(b, i)
    if (length < 2) return null
    if (isStartOfFrame(marker)) {
      if (i + 6 >= b.length) return null
      return { height: u16be(b, i + 3), width: u16be(b, i + 5) }
    }
    i += length
  }
  return null
}

function pngSize(b: Uint8Array): Size {
  if (b.length < 24 || !startsWith(b, 12, ascii('IHDR'))) return null
  return { width: u32be(b, 16), height: u32be(b, 20) }
}

function webpSize(b: Uint8Array): Size {
  if (b.length < 30) return null
  if (startsWith(b, 12, ascii('VP8 '))) {
    if (!startsWith(b, 23, [0x9d, 0x01, 0x2a])) return null
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
  }
  if (startsWith(b, 12, ascii('VP8L'))) {
    if (b[20] !== 0x2f) return null
    const bits = (b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)) >>> 0
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (startsWith(b, 12, ascii('VP8X'))) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 }
  return null
}

const FORMATS: readonly {
  mime: ImageMime
  matches: (b: Uint8Array) => boolean
  size: (b: Uint8Array) => Size
}[] = [
  { mime: 'image/jpeg', matches: (b) => startsWith(b, 0, [0xff, 0xd8, 0xff]), size: jpegSize },
  { mime: 'image/png', matches: (b) => startsWith(b, 0, [0x89, 0x50, 0x4e, 0x47]), size: pngSize },
  {
    mime: 'image/webp',
    matches: (b) => startsWith(b, 0, ascii('RIFF')) && startsWith(b, 8, ascii('WEBP')),
    size: webpSize,
  },
]

/**
 * 'unknown': not a JPEG, PNG or WebP at all; 'damaged': it says it is one, but its size
 * cannot be read (cut off, or not really an image).
 */
export function sniffImage(bytes: Uint8Array): ImageInfo | 'unknown' | 'damaged' {
  const format = FORMATS.find((f) => f.matches(bytes))
  if (!format) return 'unknown'
  const size = format.size(bytes)
  if (!size || size.width <= 0 || size.height <= 0) return 'damaged'
  return { mime: format.mime, ...size }
}

/**
 * JPEG files as a phone's camera and WeChat's compressImage hand them over, without encoding
 * pixels: SOI, an optional EXIF block with a GPS position, a baseline SOF0 with the size, padding
 * in COM segments up to the requested byte count, EOI. Enough for everything that reads a photo
 * here — the mock's upload sniffing (magic bytes, SOF size), getImageInfo and the EXIF reader —
 * and a 3 MB "camera photo" costs nothing to make.
 */

const u16 = (n) => [(n >> 8) & 0xff, n & 0xff]

/** An APP1 EXIF segment (big-endian TIFF) holding only a GPS IFD with latitude and longitude. */
function exifGps({ lat, lng }) {
  const rational = (v) => {
    const deg = Math.floor(Math.abs(v))
    const minF = (Math.abs(v) - deg) * 60
    const min = Math.floor(minF)
    const sec = Math.round((minF - min) * 60 * 10000)
    return [deg, 1, min, 1, sec, 10000]
  }
  const be32 = (n) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]
  // TIFF header (8) | IFD0: 1 entry (2 + 12 + 4 = 18) | GPS IFD: 4 entries (2 + 48 + 4 = 54) | 2 × 24 bytes of rationals
  const ifd0 = 8
  const gpsIfd = ifd0 + 18
  const latAt = gpsIfd + 54
  const lngAt = latAt + 24
  const entry = (tag, type, count, value) => [...u16(tag), ...u16(type), ...be32(count), ...value]
  const ascii = (c) => [c.charCodeAt(0), 0, 0, 0]
  const tiff = [
    0x4d,
    0x4d,
    0x00,
    0x2a,
    ...be32(ifd0),
    ...u16(1),
    ...entry(0x8825, 4, 1, be32(gpsIfd)),
    ...be32(0),
    ...u16(4),
    ...entry(1, 2, 2, ascii(lat < 0 ? 'S' : 'N')),
    ...entry(2, 5, 3, be32(latAt)),
    ...entry(3, 2, 2, ascii(lng < 0 ? 'W' : 'E')),
    ...entry(4, 5, 3, be32(lngAt)),
    ...be32(0),
    ...rational(lat).flatMap(be32),
    ...rational(lng).flatMap(be32),
  ]
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]
  return [0xff, 0xe1, ...u16(body.length + 2), ...body]
}

/**
 * @param {{ width: number, height: number, bytes?: number, gps?: { lat: number, lng: number } }} o
 *   `gps` in WGS-84, as a camera writes it; `bytes` the file size wanted (at least the headers).
 */
export function makeJpeg({ width, height, bytes = 0, gps }) {
  const head = [
    0xff,
    0xd8,
    // APP0 JFIF
    0xff,
    0xe0,
    ...u16(16),
    0x4a,
    0x46,
    0x49,
    0x46,
    0,
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    ...(gps ? exifGps(gps) : []),
    // SOF0: 8-bit, height, width, 3 components
    0xff,
    0xc0,
    ...u16(17),
    8,
    ...u16(height),
    ...u16(width),
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]
  const out = new Uint8Array(Math.max(bytes, head.length + 2))
  out.set(head, 0)
  let at = head.length
  const end = out.length - 2
  while (end - at >= 4) {
    const len = Math.min(0xffff, end - at - 2)
    out.set([0xff, 0xfe, ...u16(len)], at)
    at += 2 + len
  }
  // 1–3 bytes left over: fill bytes (0xFF) are allowed before a marker
  out.fill(0xff, at, end)
  out.set([0xff, 0xd9], end)
  return out
}

/** Width and height from the SOF segment, or null when the bytes are not a JPEG. */
export function jpegSize(bytes) {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1]
    if (marker === 0xff) {
      at += 1
      continue
    }
    const len = (bytes[at + 2] << 8) | bytes[at + 3]
    if (marker >= 0xc0 && marker <= 0xc3) {
      return { height: (bytes[at + 5] << 8) | bytes[at + 6], width: (bytes[at + 7] << 8) | bytes[at + 8] }
    }
    at += 2 + len
  }
  return null
}

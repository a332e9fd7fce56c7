/**
 * Reads the GPS position a phone camera wrote into a JPEG's EXIF block, so the report
 * can offer "use where the photo was taken" (as FixMyStreet does). Pure and small: only
 * the GPS tags are read. Returns WGS-84, or null when the photo has no position.
 */
export function readExifGps(bytes: Uint8Array): { lat: number; lng: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.byteLength < 4 || view.getUint16(0) !== 0xffd8) return null
  let offset = 2
  while (offset + 4 <= view.byteLength) {
    const marker = view.getUint16(offset)
    const length = view.getUint16(offset + 2)
    if ((marker & 0xff00) !== 0xff00 || marker === 0xffda) return null
    if (marker === 0xffe1 && isExifHeader(view, offset + 4)) return readTiffGps(view, offset + 10)
    offset += 2 + length
  }
  return null
}

function isExifHeader(view: DataView, at: number): boolean {
  return at + 6 <= view.byteLength && view.getUint32(at) === 0x45786966 && view.getUint16(at + 4) === 0
}

function readTiffGps(view: DataView, tiff: number): { lat: number; lng: number } | null {
  try {
    const little = view.getUint16(tiff) === 0x4949
    const u16 = (at: number) => view.getUint16(tiff + at, little)
    const u32 = (at: number) => view.getUint32(tiff + at, little)
    const findTag = (ifd: number, tag: number): number | null => {
      const count = u16(ifd)
      for (let i = 0; i < count; i++) {
        const entry = ifd + 2 + i * 12
        if (u16(entry) === tag) return entry
      }
      return null
    }
    const gpsPointer = findTag(u32(4), 0x8825)
    if (gpsPointer === null) return null
    const gps = u32(gpsPointer + 8)
    const ref = (tag: number) => {
      const e = findTag(gps, tag)
      return e === null ? null : String.fromCharCode(view.getUint8(tiff + e + 8))
    }
    const dms = (tag: number) => {
      const e = findTag(gps, tag)
      if (e === null) return null
      const at = u32(e + 8)
      const part = (i: number) => u32(at + i * 8) / (u32(at + i * 8 + 4) || 1)
      return part(0) + part(1) / 60 + part(2) / 3600
    }
    const lat = dms(2)
    const lng = dms(4)
    if (lat === null || lng === null || (lat === 0 && lng === 0)) return null
    return { lat: ref(1) === 'S' ? -lat : lat, lng: ref(3) === 'W' ? -lng : lng }
  } catch {
    // a truncated or odd EXIF block: treat as "no position"
    return null
  }
}

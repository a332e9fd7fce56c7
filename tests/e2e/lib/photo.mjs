/**
 * Camera-like test photos, made on the spot so the tests need no files from outside the repo:
 * a smooth scene with sensor-like noise (compresses like a real photo, not like pure noise),
 * and an EXIF block with GPS and camera make/model, as phones write them.
 */
import jpeg from 'jpeg-js'

function rational(n, d) {
  return [n, d]
}

function dms(deg) {
  const d = Math.floor(deg)
  const m = Math.floor((deg - d) * 60)
  const s = Math.round(((deg - d) * 60 - m) * 60 * 100)
  return [rational(d, 1), rational(m, 1), rational(s, 100)]
}

/** A little-endian TIFF with IFD0 (Make, Model, GPS pointer) and a GPS IFD. */
function exifSegment({ lat, lng, make = 'Zhengzhou Camera Co.', model = 'ZZ-12MP' }) {
  const buf = Buffer.alloc(512)
  let heap = 8 + 2 + 3 * 12 + 4 // after IFD0
  const ascii = (s) => {
    const at = heap
    buf.write(`${s}\0`, at, 'latin1')
    heap += s.length + 1
    return at
  }
  buf.write('II', 0, 'latin1')
  buf.writeUInt16LE(42, 2)
  buf.writeUInt32LE(8, 4)
  const makeAt = ascii(make)
  const modelAt = ascii(model)
  const gpsAt = heap + (heap % 2)
  const entry = (at, tag, type, count, value) => {
    buf.writeUInt16LE(tag, at)
    buf.writeUInt16LE(type, at + 2)
    buf.writeUInt32LE(count, at + 4)
    buf.writeUInt32LE(value, at + 8)
  }
  buf.writeUInt16LE(3, 8)
  entry(10, 0x010f, 2, make.length + 1, makeAt)
  entry(22, 0x0110, 2, model.length + 1, modelAt)
  entry(34, 0x8825, 4, 1, gpsAt)
  buf.writeUInt32LE(0, 46)
  // GPS IFD: LatRef, Lat, LngRef, Lng
  const values = gpsAt + 2 + 4 * 12 + 4
  buf.writeUInt16LE(4, gpsAt)
  const e = (i) => gpsAt + 2 + i * 12
  entry(e(0), 1, 2, 2, 0)
  buf.write(lat >= 0 ? 'N' : 'S', e(0) + 8, 'latin1')
  entry(e(1), 2, 5, 3, values)
  entry(e(2), 3, 2, 2, 0)
  buf.write(lng >= 0 ? 'E' : 'W', e(2) + 8, 'latin1')
  entry(e(3), 4, 5, 3, values + 24)
  buf.writeUInt32LE(0, gpsAt + 2 + 4 * 12)
  ;[...dms(Math.abs(lat)), ...dms(Math.abs(lng))].forEach(([n, d], i) => {
    buf.writeUInt32LE(n, values + i * 8)
    buf.writeUInt32LE(d, values + i * 8 + 4)
  })
  const tiff = buf.subarray(0, values + 48)
  const header = Buffer.from('Exif\0\0', 'latin1')
  const len = Buffer.alloc(2)
  len.writeUInt16BE(2 + header.length + tiff.length)
  return Buffer.concat([Buffer.from([0xff, 0xe1]), len, header, tiff])
}

/** A JPEG of the given size; with `gps` it carries EXIF like a phone photo. */
export function makePhoto({ width = 4032, height = 3024, gps = null, quality = 92, seed = 1 } = {}) {
  const data = Buffer.alloc(width * height * 4)
  let s = seed >>> 0
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (s * 1664525 + 1013904223) >>> 0
      const noise = ((s >>> 24) & 31) - 16
      const i = (y * width + x) * 4
      const sky = y < height * 0.45
      const pole = Math.abs(x - width * 0.55 - (height - y) * 0.12) < width * 0.012
      const base = pole ? 70 : sky ? 150 + (y / height) * 120 : 95 + ((x * 7 + y * 3) % 64)
      data[i] = Math.max(0, Math.min(255, base + noise + (sky ? -30 : 10)))
      data[i + 1] = Math.max(0, Math.min(255, base + noise + (sky ? 0 : 5)))
      data[i + 2] = Math.max(0, Math.min(255, base + noise + (sky ? 60 : -10)))
      data[i + 3] = 255
    }
  }
  const jpg = Buffer.from(jpeg.encode({ data, width, height }, quality).data)
  if (!gps) return jpg
  return Buffer.concat([jpg.subarray(0, 2), exifSegment(gps), jpg.subarray(2)])
}

/** Does this JPEG still carry an EXIF block (APP1 "Exif")? */
export function hasExif(bytes) {
  return Buffer.from(bytes).includes(Buffer.from('Exif\0\0', 'latin1'))
}

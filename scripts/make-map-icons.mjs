#!/usr/bin/env node
/**
 * The weapp map's marker icons (src/assets/map/*.png): a filled circle in the status colour
 * with a white ring, 48×48 RGBA, 4×4 supersampled. The native <Map> needs an image per marker
 * colour; H5 draws its markers in CSS with the same colours (src/styles/_map.scss).
 *
 *   node scripts/make-map-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = path.join(ROOT, 'src/assets/map')
const SIZE = 48
const SS = 4
const TONES = { pending: '#c2410c', active: '#1f6feb', done: '#15803d', alert: '#dc2626' }

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function icon(hex) {
  const fill = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const rows = []
  const c = SIZE / 2
  for (let y = 0; y < SIZE; y++) {
    const row = [0]
    for (let x = 0; x < SIZE; x++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const d = Math.hypot(x + (sx + 0.5) / SS - c, y + (sy + 0.5) / SS - c)
          if (d > 22) continue
          const rgb = d > 17 ? [255, 255, 255] : fill
          r += rgb[0]
          g += rgb[1]
          b += rgb[2]
          a += 1
        }
      }
      const n = SS * SS
      row.push(
        a ? Math.round(r / a) : 0,
        a ? Math.round(g / a) : 0,
        a ? Math.round(b / a) : 0,
        Math.round((a / n) * 255),
      )
    }
    rows.push(Buffer.from(row))
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header[8] = 8
  header[9] = 6
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

mkdirSync(OUT_DIR, { recursive: true })
for (const [tone, hex] of Object.entries(TONES)) writeFileSync(path.join(OUT_DIR, `${tone}.png`), icon(hex))
console.log(`wrote ${Object.keys(TONES).length} icons to ${path.relative(ROOT, OUT_DIR)}`)

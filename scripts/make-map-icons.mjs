#!/usr/bin/env node
/**
 * The weapp map's marker icons (src/assets/map/*.png): a filled circle in the status colour
 * with a white ring, 48×48 RGBA, 4×4 supersampled. The native <Map> needs an image per marker
 * colour; H5 draws its markers in CSS with the same colours ($tone-* in src/styles/_tokens.scss).
 * The PNG writer is make-tab-icons.mjs's.
 *
 *   node scripts/make-map-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import { pngFile } from './make-tab-icons.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = path.join(ROOT, 'src/assets/map')
const SIZE = 48
const SS = 4
const TONES = { pending: '#c2410c', active: '#1f6feb', done: '#15803d', alert: '#dc2626' }

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
  // every row unfiltered (filter byte 0)
  return pngFile(SIZE, SIZE, zlib.deflateSync(Buffer.concat(rows), { level: 9 }))
}

mkdirSync(OUT_DIR, { recursive: true })
for (const [tone, hex] of Object.entries(TONES)) writeFileSync(path.join(OUT_DIR, `${tone}.png`), icon(hex))
console.log(`wrote ${Object.keys(TONES).length} icons to ${path.relative(ROOT, OUT_DIR)}`)

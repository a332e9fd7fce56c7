#!/usr/bin/env node
/**
 * Zero-dependency generator for the tab bar icons (src/assets/tab/*.png).
 *
 *   node scripts/make-tab-icons.mjs        (npm run icons)
 *
 * Each icon is a set of signed-distance shapes (strokes along flattened paths, circles, dots)
 * rasterised at 81×81 with 4×4 supersampling, drawn once in the normal colour and once in the
 * selected colour, and written as an RGBA PNG with a transparent background. The PNG encoder
 * (chunks, CRC-32, per-row filter choice) is hand-written; node:zlib does the deflate. It is
 * exported (pngFile) for scripts/make-map-icons.mjs; importing this file draws nothing.
 *
 * Drawing grid: shapes are designed on a 24-unit grid (outline icons, 2-unit strokes) and mapped
 * to pixels as px = OFFSET + unit * SCALE, so whole units land on whole pixels and straight
 * 6 px strokes have crisp edges.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = path.join(ROOT, 'src/assets/tab')

const SIZE = 81
const SCALE = 3
const OFFSET = 4
const STROKE = 6 // px
const SUPERSAMPLE = 4
const COLORS = { normal: '#6b7280', active: '#1f6feb' }

// ---------------------------------------------------------------------------------------------
// Geometry (grid units in, pixels out)

const px = (u) => OFFSET + u * SCALE

/** Builds open/closed polylines; arcs and cubics are flattened finely enough for an 81 px icon. */
class Path {
  constructor() {
    this.polys = []
    this.cur = null
  }
  moveTo(x, y) {
    this.cur = [[px(x), px(y)]]
    this.polys.push(this.cur)
    this.at = [x, y]
    return this
  }
  lineTo(x, y) {
    this.cur.push([px(x), px(y)])
    this.at = [x, y]
    return this
  }
  /** Arc around (cx, cy), angles in degrees, y down (0° = east, 90° = south). */
  arc(cx, cy, r, fromDeg, toDeg) {
    const steps = Math.max(4, Math.ceil((Math.abs(toDeg - fromDeg) / 360) * 96))
    for (let i = 0; i <= steps; i++) {
      const a = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180
      const p = [px(cx + r * Math.cos(a)), px(cy + r * Math.sin(a))]
      if (i === 0 && !this.cur) {
        this.cur = [p]
        this.polys.push(this.cur)
      } else this.cur.push(p)
    }
    return this
  }
  /**
   * Straight lines from the last point (of moveTo or lineTo) through each [x, y] of `points`,
   * every corner (all points but the last) rounded with radius r; the lines run along the grid
   * (across or down), so each rounding is a quarter circle.
   */
  roundedLine(r, ...points) {
    const corners = points.slice(0, -1)
    const end = points[points.length - 1]
    const angle = ([dx, dy]) => (dx ? (dx > 0 ? 0 : 180) : dy > 0 ? 90 : 270)
    const toward = ([ax, ay], [bx, by]) => [Math.sign(bx - ax), Math.sign(by - ay)]
    corners.forEach(([x, y], i) => {
      const [ix, iy] = toward(this.at, [x, y])
      const [ox, oy] = toward([x, y], corners[i + 1] ?? end)
      const from = angle([-ox, -oy])
      this.lineTo(x - ix * r, y - iy * r)
      this.arc(x - ix * r + ox * r, y - iy * r + oy * r, r, from, from + 90 * (ix * oy - iy * ox))
      this.at = [x, y]
    })
    return this.lineTo(...end)
  }
  cubicTo(x1, y1, x2, y2, x, y) {
    const [x0, y0] = this.cur[this.cur.length - 1]
    const [ax, ay, bx, by, ex, ey] = [px(x1), px(y1), px(x2), px(y2), px(x), px(y)]
    const steps = 32
    for (let i = 1; i <= steps; i++) {
      const t = i / steps
      const s = 1 - t
      this.cur.push([
        s * s * s * x0 + 3 * s * s * t * ax + 3 * s * t * t * bx + t * t * t * ex,
        s * s * s * y0 + 3 * s * s * t * ay + 3 * s * t * t * by + t * t * t * ey,
      ])
    }
    return this
  }
  close() {
    this.cur.push(this.cur[0])
    return this
  }
  segments() {
    const segs = []
    for (const poly of this.polys) {
      for (let i = 1; i < poly.length; i++) segs.push([...poly[i - 1], ...poly[i]])
    }
    return segs
  }
}

const distSegment = (x, y, [ax, ay, bx, by]) => {
  const dx = bx - ax
  const dy = by - ay
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2))
  return Math.hypot(x - ax - t * dx, y - ay - t * dy)
}

/** A stroked path: round caps and joins come for free from the distance to the centre line. */
const stroke = (p, width = STROKE) => {
  const segs = p.segments()
  // Bounding box to skip far samples cheaply.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [ax, ay, bx, by] of segs) {
    x0 = Math.min(x0, ax, bx)
    y0 = Math.min(y0, ay, by)
    x1 = Math.max(x1, ax, bx)
    y1 = Math.max(y1, ay, by)
  }
  const pad = width / 2 + 1
  return (x, y) => {
    if (x < x0 - pad || x > x1 + pad || y < y0 - pad || y > y1 + pad) return pad
    let d = Infinity
    for (const s of segs) d = Math.min(d, distSegment(x, y, s))
    return d - width / 2
  }
}

const ring = (cx, cy, r, width = STROKE) => {
  const [X, Y, R] = [px(cx), px(cy), r * SCALE]
  return (x, y) => Math.abs(Math.hypot(x - X, y - Y) - R) - width / 2
}

const dot = (cx, cy, r) => {
  const [X, Y, R] = [px(cx), px(cy), r * SCALE]
  return (x, y) => Math.hypot(x - X, y - Y) - R
}

const union =
  (...shapes) =>
  (x, y) => {
    let d = Infinity
    for (const s of shapes) d = Math.min(d, s(x, y))
    return d
  }

// ---------------------------------------------------------------------------------------------
// Icons (24-unit grid, 2-unit strokes)

const ICONS = {
  // House: roof, walls with rounded feet, and a door.
  home: () =>
    union(
      stroke(
        new Path()
          .moveTo(2.5, 10.5)
          .lineTo(12, 3)
          .lineTo(21.5, 10.5)
          .moveTo(5, 8.6)
          .roundedLine(2, [5, 21], [19, 21], [19, 8.6]),
      ),
      stroke(new Path().moveTo(9.5, 21).lineTo(9.5, 15).arc(12, 15, 2.5, 180, 360).lineTo(14.5, 21)),
    ),

  // Camera: body with the viewfinder hump, a lens and a small flash dot.
  report: () =>
    union(
      stroke(
        new Path()
          .moveTo(8, 6)
          .lineTo(9.5, 3.5)
          .lineTo(14.5, 3.5)
          .lineTo(16, 6)
          .roundedLine(3, [23, 6], [23, 21], [1, 21], [1, 6], [8, 6]),
      ),
      ring(12, 13.5, 4),
      dot(19, 10, 1.1),
    ),

  // Clipboard with a clip and three list lines.
  tickets: () =>
    union(
      stroke(new Path().moveTo(16, 4).roundedLine(2.5, [19.5, 4], [19.5, 22], [4.5, 22], [4.5, 4], [8, 4])),
      stroke(new Path().moveTo(9, 2).roundedLine(1, [16, 2], [16, 6], [8, 6], [8, 2], [9, 2])),
      stroke(new Path().moveTo(8.5, 11).lineTo(15.5, 11)),
      stroke(new Path().moveTo(8.5, 14.5).lineTo(15.5, 14.5)),
      stroke(new Path().moveTo(8.5, 18).lineTo(13, 18)),
    ),

  // Bell: dome, flared skirt on a rim, clapper below.
  messages: () =>
    union(
      stroke(
        new Path()
          .moveTo(3, 17.5)
          .cubicTo(4.8, 16.2, 6, 14.5, 6, 11)
          .lineTo(6, 9)
          .arc(12, 9, 6, 180, 360)
          .lineTo(18, 11)
          .cubicTo(18, 14.5, 19.2, 16.2, 21, 17.5)
          .close(),
      ),
      stroke(new Path().moveTo(12, 0.8).lineTo(12, 2.2)),
      stroke(new Path().arc(12, 19.5, 2.5, 20, 160)),
    ),

  // Person: head and shoulders.
  me: () =>
    union(
      ring(12, 7.5, 4.5),
      stroke(new Path().moveTo(3.5, 21.5).roundedLine(6, [3.5, 14.5], [20.5, 14.5], [20.5, 21.5])),
    ),
}

// ---------------------------------------------------------------------------------------------
// Rasteriser: alpha coverage with 4×4 supersampling; each sample is itself edge-smoothed.

function rasterise(sdf) {
  const alpha = new Float64Array(SIZE * SIZE)
  const n = SUPERSAMPLE
  const sub = 1 / n
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let cov = 0
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const d = sdf(x + (i + 0.5) * sub, y + (j + 0.5) * sub)
          // A sample's footprint is 1/n px wide: linear ramp across it.
          cov += Math.min(1, Math.max(0, 0.5 - d * n))
        }
      }
      alpha[y * SIZE + x] = cov / (n * n)
    }
  }
  return alpha
}

// ---------------------------------------------------------------------------------------------
// PNG encoder

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

const paeth = (a, b, c) => {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** Filters each row with whichever of the five PNG filters gives the smallest absolute sum. */
function filterRows(rgba, width, height) {
  const bpp = 4
  const stride = width * bpp
  const out = Buffer.alloc((stride + 1) * height)
  const zero = Buffer.alloc(stride)
  for (let y = 0; y < height; y++) {
    const row = rgba.subarray(y * stride, (y + 1) * stride)
    const prev = y ? rgba.subarray((y - 1) * stride, y * stride) : zero
    let best = null
    let bestScore = Infinity
    for (let f = 0; f < 5; f++) {
      const line = Buffer.alloc(stride + 1)
      line[0] = f
      let score = 0
      for (let i = 0; i < stride; i++) {
        const a = i >= bpp ? row[i - bpp] : 0
        const b = prev[i]
        const c = i >= bpp ? prev[i - bpp] : 0
        const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][f]
        const v = (row[i] - pred) & 0xff
        line[i + 1] = v
        score += v < 128 ? v : 256 - v
      }
      if (score < bestScore) [best, bestScore] = [line, score]
    }
    best.copy(out, y * (stride + 1))
  }
  return out
}

/** An 8-bit RGBA PNG of width × height around `idat`, its filtered rows already deflated. */
export function pngFile(width, height, idat) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // RGBA
  ihdr[10] = 0 // deflate
  ihdr[11] = 0 // adaptive filtering
  ihdr[12] = 0 // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const encodePng = (rgba, width, height) =>
  pngFile(width, height, zlib.deflateSync(filterRows(rgba, width, height), { level: 9, memLevel: 9 }))

function toRgba(alpha, hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const rgba = Buffer.alloc(alpha.length * 4)
  for (let i = 0; i < alpha.length; i++) {
    // Colour everywhere (even where transparent) keeps the colour channels constant and tiny to store.
    rgba[i * 4] = r
    rgba[i * 4 + 1] = g
    rgba[i * 4 + 2] = b
    rgba[i * 4 + 3] = Math.round(alpha[i] * 255)
  }
  return rgba
}

// ---------------------------------------------------------------------------------------------

function main() {
  mkdirSync(OUT_DIR, { recursive: true })
  for (const [name, build] of Object.entries(ICONS)) {
    const alpha = rasterise(build())
    for (const [variant, hex] of Object.entries(COLORS)) {
      const file = path.join(OUT_DIR, variant === 'active' ? `${name}-active.png` : `${name}.png`)
      const png = encodePng(toRgba(alpha, hex), SIZE, SIZE)
      writeFileSync(file, png)
      console.log(`${path.relative(ROOT, file)}  ${png.length} B`)
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()

/** Small helpers shared by the benchmark's parts (scripts/bench.mjs and scripts/bench/*.mjs). */
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const KB = 1024
export const MB = 1024 * KB

export const fmtKB = (bytes) => `${(bytes / KB).toFixed(1)} KB`
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
export const log = (msg) => console.log(`[bench] ${msg}`)
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (!v.length) return null
  const mid = Math.floor(v.length / 2)
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
}

/** 1, 5 and 15 minute load averages, rounded, with the core count to read them against. */
export function load() {
  const [m1, m5, m15] = os.loadavg().map((x) => Math.round(x * 100) / 100)
  return { m1, m5, m15, cores: os.cpus().length }
}

export const fmtLoad = (l) => `${l.m1} / ${l.m5} / ${l.m15} (${l.cores} cores)`

/**
 * Waits (at most timeoutMs) until the 1-minute load average is at most `max`: a short cool-down
 * after our own builds before the timing-sensitive parts. Resolves to the load it saw last.
 */
export async function waitForQuiet({ max = os.cpus().length, timeoutMs = 0 } = {}) {
  const until = Date.now() + timeoutMs
  let l = load()
  while (l.m1 > max && Date.now() < until) {
    await sleep(5000)
    l = load()
  }
  return l
}

/** Left-aligned columns, two spaces apart. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  return rows
    .map((r) =>
      r
        .map((c, i) => String(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

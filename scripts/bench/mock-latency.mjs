/**
 * The mock server as it grows (`mock:serve`'s HTTP binding in its own process): `POST /tickets`
 * (each with a fresh photo and Idempotency-Key, the photo's upload not timed) and
 * `GET /tickets?scope=mine`, p50 / p99, with the resident holding 100 and then 10,000 tickets;
 * the server's RSS before and after. Flat means the 10,000 p99 within 1.5× the 100 p99. Each
 * phase first sends WARMUP untimed pairs, so the first phase does not pay for the JIT alone.
 */
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import jpeg from 'jpeg-js'
import { startMock } from './backend.mjs'
import { log, ROOT } from './util.mjs'

// Node's own fetch-API classes (eslint's node globals predate them)
const { FormData, Blob } = globalThis

export const TARGET_P99_RATIO = 1.5
const CENTER = { lat: 34.745417, lng: 113.631447 }

function smallJpeg() {
  const width = 32
  const height = 32
  const data = Buffer.alloc(width * height * 4, 0x80)
  return Buffer.from(jpeg.encode({ data, width, height }, 80).data)
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function timed(fn) {
  const t = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - t) / 1e6
}

/** Requests sent before the timed ones in each phase, so neither size pays for JIT warm-up. */
const WARMUP = 20

async function phase(mock, tickets, requests) {
  await mock.reset()
  // /dev/seed-tickets adds at most 5,000 at a time
  for (let have = await mock.countMine(); have < tickets; have += Math.min(5_000, tickets - have))
    await mock.seedTickets(Math.min(5_000, tickets - have))
  const { token } = await mock.request('POST', '/auth/login', { body: { code: 'h5-local' } })
  const auth = { authorization: `Bearer ${token}` }
  const photo = smallJpeg()
  const post = []
  const get = []
  for (let i = 0; i < WARMUP + requests; i++) {
    const form = new FormData()
    form.append('file', new Blob([photo]), `p-${i}.jpg`)
    const up = await fetch(`${mock.origin}/api/v1/uploads`, { method: 'POST', headers: auth, body: form })
    const { id } = await up.json()
    if (up.status !== 201) throw new Error(`upload answered ${up.status}`)
    const postMs = await timed(async () => {
      const res = await fetch(`${mock.origin}/api/v1/tickets`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({
          photos: [id],
          location: { lat: CENTER.lat + (i % 7) * 0.0001, lng: CENTER.lng + 0.0005 },
          address: '创业路社区北门东侧',
          categoryId: 'cat-road-lamp',
          description: `北门东侧的路灯晚上不亮了（第 ${i + 1} 次）`,
          anonymous: false,
        }),
      })
      await res.arrayBuffer()
      if (res.status !== 201) throw new Error(`POST /tickets answered ${res.status}`)
    })
    const getMs = await timed(async () => {
      const res = await fetch(`${mock.origin}/api/v1/tickets?scope=mine&status=all&limit=20`, {
        headers: auth,
      })
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`GET /tickets answered ${res.status}`)
    })
    if (i < WARMUP) continue
    post.push(postMs)
    get.push(getMs)
  }
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return { p50: pct(s, 50), p99: pct(s, 99), n: s.length }
  }
  return { tickets, post: stats(post), get: stats(get) }
}

export async function measureMockLatency({ requests = 200 } = {}) {
  const mock = await startMock({ port: 0 })
  try {
    const rssBefore = (await mock.memory()).rss
    const small = await phase(mock, 100, requests)
    log(`mock latency 100 tickets: POST p50 ${small.post.p50.toFixed(1)} p99 ${small.post.p99.toFixed(1)} ms`)
    const large = await phase(mock, 10_000, requests)
    log(
      `mock latency 10,000 tickets: POST p50 ${large.post.p50.toFixed(1)} p99 ${large.post.p99.toFixed(1)} ms`,
    )
    const rssAfter = (await mock.memory()).rss
    const ratio = { post: large.post.p99 / small.post.p99, get: large.get.p99 / small.get.p99 }
    return {
      small,
      large,
      ratio,
      rss: { before: rssBefore, after: rssAfter },
      ok: { post: ratio.post <= TARGET_P99_RATIO, get: ratio.get <= TARGET_P99_RATIO },
    }
  } finally {
    mock.stop()
  }
}

/** One in-process write with 1,000 tickets and a 4,000-entry ledger (scripts/bench/mock-write.ts, via tsx). */
export function measureMockWrite() {
  const r = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'scripts/bench/mock-write.ts')],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  if (r.status !== 0) throw new Error(`mock-write failed: ${r.stderr.slice(-2000)}`)
  return JSON.parse(r.stdout.trim().split('\n').at(-1))
}

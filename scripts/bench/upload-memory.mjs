/**
 * The mock backend's memory under a flood of big uploads: one person sends 40 photos of 5 MB
 * (what once grew the server by 216 MB). The quota of unused uploads (30 / 100 MB a person)
 * refuses what is past it with 429, so the growth stays near 100 MB whatever a client sends.
 * Measured in the mock's own process (heap and array buffers after a GC, and RSS).
 */
import jpeg from 'jpeg-js'
import { startMock } from './backend.mjs'

// Node's own fetch-API classes (eslint's node globals predate them)
const { FormData, Blob } = globalThis

const MB = 1024 * 1024
export const UPLOADS = 40
/** the quota's 100 MB, plus room for the runtime's own churn */
export const TARGET_GROWTH = 120 * MB

/** A valid JPEG of about 5 MB that survives metadata stripping: filler in APP2 segments. */
function fiveMegabyteJpeg() {
  const width = 16
  const height = 16
  const data = Buffer.alloc(width * height * 4, 0x80)
  const small = Buffer.from(jpeg.encode({ data, width, height }, 80).data)
  const parts = [small.subarray(0, 2)]
  let total = small.length
  const filler = Buffer.alloc(65_533, 0x41)
  const segment = Buffer.concat([Buffer.from([0xff, 0xe2, 0xff, 0xff]), filler])
  while (total + segment.length < 5 * MB - 4096) {
    parts.push(segment)
    total += segment.length
  }
  parts.push(small.subarray(2))
  return Buffer.concat(parts)
}

export async function measureUploadMemory() {
  const mock = await startMock({ port: 0 })
  try {
    await mock.reset()
    const { token } = await mock.request('POST', '/auth/login', { body: { code: 'dev:u-resident-2' } })
    const photo = fiveMegabyteJpeg()
    const before = await mock.memory()
    let accepted = 0
    let refused = 0
    for (let i = 0; i < UPLOADS; i++) {
      const form = new FormData()
      form.append('file', new Blob([photo]), `photo-${i}.jpg`)
      const res = await fetch(`${mock.origin}/api/v1/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      })
      await res.arrayBuffer()
      if (res.status === 201) accepted++
      else if (res.status === 429) refused++
      else throw new Error(`upload ${i} answered ${res.status}`)
    }
    const after = await mock.memory()
    const held = (m) => m.heapUsed + m.arrayBuffers
    const growth = held(after) - held(before)
    return {
      uploads: UPLOADS,
      photoBytes: photo.length,
      accepted,
      refused,
      growthBytes: growth,
      rssGrowthBytes: after.rss - before.rss,
      ok: growth <= TARGET_GROWTH && refused > 0,
    }
  } finally {
    mock.stop()
  }
}

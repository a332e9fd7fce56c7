/**
 * Uploads as a real backend keeps them: metadata stripped by the server from JPEG, PNG and WebP
 * (never trusting the client), nothing kept after a JPEG's end, and a per-person quota of unused
 * uploads by count and by bytes.
 */
import { MAX_UPLOAD_BYTES } from '../../../src/contract'
import { stripMetadata } from '../../../mock/uploads/strip'
import { UPLOAD_QUOTA } from '../../../mock/uploads/service'
import { setFaults } from '../../../mock/faults'
import { call, envelope, testBackend } from '../mock/helpers'
import { makeJpeg, makePng, signIn } from '../mock/ticket-helpers'

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1')

function segment(marker: number, payload: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]),
    payload,
  ])
}

/** A JPEG with Exif, XMP, IPTC and a comment after SOI, and a payload after EOI. */
function loadedJpeg(): Uint8Array {
  const jpeg = Buffer.from(makeJpeg(16, 16))
  return new Uint8Array(
    Buffer.concat([
      jpeg.subarray(0, 2),
      segment(0xe1, Buffer.from('Exif\0\0GPS 34.7N 113.6E', 'latin1')),
      segment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>', 'latin1')),
      segment(0xed, Buffer.from('Photoshop 3.0\0IPTC name', 'latin1')),
      segment(0xfe, Buffer.from('shot by Wang Xiulan', 'latin1')),
      jpeg.subarray(2),
      Buffer.from('PK\u0003\u0004 a hidden archive', 'latin1'),
    ]),
  )
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)])
}

/** makePng with an eXIf, a tEXt and an iTXt chunk before IEND. */
function loadedPng(): Uint8Array {
  const png = Buffer.from(makePng(8, 8))
  const iend = png.length - 12
  return new Uint8Array(
    Buffer.concat([
      png.subarray(0, iend),
      pngChunk('eXIf', Buffer.from('MM\0*GPS', 'latin1')),
      pngChunk('tEXt', Buffer.from('Author\0Wang', 'latin1')),
      pngChunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>', 'latin1')),
      png.subarray(iend),
    ]),
  )
}

function riffChunk(type: string, data: Buffer): Buffer {
  const size = Buffer.alloc(4)
  size.writeUInt32LE(data.length)
  return Buffer.concat([
    Buffer.from(type, 'latin1'),
    size,
    data,
    data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0),
  ])
}

/** An extended WebP: VP8X with the EXIF and XMP flags, a VP8L image, EXIF and XMP chunks. */
function loadedWebp(): Uint8Array {
  const vp8x = Buffer.alloc(10)
  vp8x[0] = 0x0c
  vp8x.writeUIntLE(15, 4, 3)
  vp8x.writeUIntLE(15, 7, 3)
  const bits = 15 | (15 << 14)
  const vp8l = Buffer.from([
    0x2f,
    bits & 0xff,
    (bits >> 8) & 0xff,
    (bits >> 16) & 0xff,
    (bits >>> 24) & 0xff,
    0,
    0,
  ])
  const body = Buffer.concat([
    Buffer.from('WEBP', 'latin1'),
    riffChunk('VP8X', vp8x),
    riffChunk('VP8L', vp8l),
    riffChunk('EXIF', Buffer.from('MM\0*GPS 34.7N', 'latin1')),
    riffChunk('XMP ', Buffer.from('<x:xmpmeta/>', 'latin1')),
  ])
  const size = Buffer.alloc(4)
  size.writeUInt32LE(body.length)
  return new Uint8Array(Buffer.concat([Buffer.from('RIFF', 'latin1'), size, body]))
}

describe('metadata stripped by the server', () => {
  it('JPEG: Exif, XMP, IPTC, comments and bytes after EOI are gone; the picture stays', () => {
    const stripped = stripMetadata(loadedJpeg(), 'image/jpeg')!
    for (const gone of ['Exif', 'xmpmeta', 'IPTC', 'Wang', 'hidden archive'])
      expect(latin1(stripped)).not.toContain(gone)
    expect(Buffer.from(stripped).equals(Buffer.from(makeJpeg(16, 16)))).toBe(true)
  })

  it('PNG: eXIf, tEXt and iTXt chunks are gone; IHDR, IDAT and IEND stay', () => {
    const stripped = stripMetadata(loadedPng(), 'image/png')!
    for (const gone of ['eXIf', 'tEXt', 'iTXt', 'Wang', 'xmpmeta'])
      expect(latin1(stripped)).not.toContain(gone)
    expect(Buffer.from(stripped).equals(Buffer.from(makePng(8, 8)))).toBe(true)
  })

  it('WebP: EXIF and XMP chunks are gone, their VP8X flags cleared, the RIFF size right', () => {
    const stripped = stripMetadata(loadedWebp(), 'image/webp')!
    const text = latin1(stripped)
    expect(text).not.toContain('EXIF')
    expect(text).not.toContain('xmpmeta')
    expect(stripped[20] & 0x0c).toBe(0)
    expect(Buffer.from(stripped).readUInt32LE(4)).toBe(stripped.length - 8)
  })

  it('stores and serves the stripped bytes, whatever the client sent', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    const res = await wang.upload(loadedJpeg())
    expect(res.status).toBe(201)
    const id = (res.body as { id: string; bytes: number }).id
    expect(latin1(backend.store.blobs.get(id)!)).not.toContain('GPS')
    expect((res.body as { bytes: number }).bytes).toBe(makeJpeg(16, 16).length)
  })
})

/** A JPEG of about `size` bytes that survives stripping: the filler is in APP2 (ICC) segments. */
function bigKeptJpeg(size: number): Uint8Array {
  const jpeg = Buffer.from(makeJpeg(16, 16))
  const parts: Buffer[] = [jpeg.subarray(0, 2)]
  let total = jpeg.length
  while (total + 65_537 < size) {
    parts.push(segment(0xe2, Buffer.alloc(65_533, 0x41)))
    total += 65_537
  }
  parts.push(jpeg.subarray(2))
  return new Uint8Array(Buffer.concat(parts))
}

describe('an upload with an Idempotency-Key', () => {
  it('is kept once when its answer is lost: the retry with the same key replays it', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    const bytes = makeJpeg(24, 16)
    const send = () =>
      call(backend, 'POST', '/uploads', {
        token: wang.token,
        headers: { 'idempotency-key': 'k-photo-1' },
        body: { file: { name: 'photo.jpg', bytes } },
      })
    setFaults(backend.store, 'lost_answer', 1)
    expect((await send()).networkError).toBe(true)
    const retry = await send()
    expect([retry.status, retry.headers['idempotent-replayed']]).toEqual([201, 'true'])
    expect(Object.keys(backend.store.state.uploads)).toEqual([(retry.body as { id: string }).id])
    // other bytes under the same key are another request: 422
    const other = await call(backend, 'POST', '/uploads', {
      token: wang.token,
      headers: { 'idempotency-key': 'k-photo-1' },
      body: { file: { name: 'photo.jpg', bytes: makeJpeg(8, 8) } },
    })
    expect([other.status, envelope(other).error.code]).toEqual([422, 'IDEMPOTENCY_MISMATCH'])
  })
})

describe('the quota of unused uploads', () => {
  it(`refuses the ${UPLOAD_QUOTA.count + 1}st unused upload with 429 and Retry-After`, async () => {
    const backend = testBackend()
    const li = await signIn(backend, 'u-resident-2')
    for (let i = 0; i < UPLOAD_QUOTA.count; i++) expect((await li.upload(makeJpeg(8, 8))).status).toBe(201)
    const refused = await li.upload(makeJpeg(8, 8))
    expect([refused.status, envelope(refused).error.code]).toEqual([429, 'RATE_LIMITED'])
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(23 * 3600)
  })

  it('refuses past 100 MB of unused uploads, and frees the room after a day', async () => {
    const backend = testBackend()
    const li = await signIn(backend, 'u-resident-2')
    const big = bigKeptJpeg(MAX_UPLOAD_BYTES - 1024)
    const fit = Math.floor(UPLOAD_QUOTA.bytes / big.length)
    for (let i = 0; i < fit; i++) expect((await li.upload(big)).status).toBe(201)
    const refused = await li.upload(big)
    expect([refused.status, envelope(refused).error.code]).toEqual([429, 'RATE_LIMITED'])
    const held = [...backend.store.blobs.values()].reduce((n, b) => n + b.length, 0)
    expect(held).toBeLessThanOrEqual(UPLOAD_QUOTA.bytes)
    backend.clock.advance(24 * 60 + 1)
    expect((await li.upload(big)).status).toBe(201)
    // the day-old unused uploads are released, bytes and all
    expect(backend.store.blobs.size).toBe(1)
  })
})

import { api, MAX_UPLOAD_BYTES } from '../../../src/contract'
import { sniffImage } from '../../../mock/uploads/sniff'
import { envelope, expectError, expectOk, testBackend } from './helpers'
import { makeJpeg, makePng, signIn } from './ticket-helpers'

const TEXT = new TextEncoder().encode('这不是照片，只是一段文字。')

/** WebP headers by hand: the three bitstream kinds carry the size in three different ways. */
function webp(kind: 'VP8 ' | 'VP8L' | 'VP8X', width: number, height: number): Uint8Array {
  const b = new Uint8Array(40)
  b.set(new TextEncoder().encode('RIFF'), 0)
  b.set(new TextEncoder().encode('WEBP'), 8)
  b.set(new TextEncoder().encode(kind), 12)
  if (kind === 'VP8 ') {
    b.set([0x9d, 0x01, 0x2a], 23)
    b.set([width & 0xff, width >> 8, height & 0xff, height >> 8], 26)
  } else if (kind === 'VP8L') {
    const bits = (width - 1) | ((height - 1) << 14)
    b.set([0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff], 20)
  } else {
    const w = width - 1
    const h = height - 1
    b.set([w & 0xff, (w >> 8) & 0xff, w >> 16, h & 0xff, (h >> 8) & 0xff, h >> 16], 24)
  }
  return b
}

/** A real JPEG followed by padding, `size` bytes in all. */
function paddedJpeg(size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size)
  out.set(makeJpeg(16, 16))
  return out
}

describe('what an upload is, by its bytes', () => {
  it('reads JPEG, PNG and WebP sizes', () => {
    expect(sniffImage(makeJpeg(64, 48))).toEqual({ mime: 'image/jpeg', width: 64, height: 48 })
    expect(sniffImage(makePng(37, 21))).toEqual({ mime: 'image/png', width: 37, height: 21 })
    expect(sniffImage(webp('VP8 ', 640, 480))).toEqual({ mime: 'image/webp', width: 640, height: 480 })
    expect(sniffImage(webp('VP8L', 300, 200))).toEqual({ mime: 'image/webp', width: 300, height: 200 })
    expect(sniffImage(webp('VP8X', 4032, 3024))).toEqual({ mime: 'image/webp', width: 4032, height: 3024 })
  })

  it('knows text is not a photo whatever its name, and a cut-off JPEG is damaged', () => {
    expect(sniffImage(TEXT)).toBe('unknown')
    expect(sniffImage(new Uint8Array(0))).toBe('unknown')
    expect(sniffImage(makeJpeg(64, 48).slice(0, 20))).toBe('damaged')
  })
})

describe('POST /uploads through the router', () => {
  it('keeps a photo: id, URL, size; metadata in the store, bytes only in memory', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    const bytes = makePng(120, 90)
    const res = await wang.call(api.upload, { body: { file: { name: 'street.png', bytes } } })
    expect(res.status).toBe(201)
    const up = expectOk(res)
    expect(up).toEqual({
      id: up.id,
      url: expect.stringMatching(new RegExp(`^/mock-uploads/${up.id}\\?exp=\\d+&sig=[a-p]{32}$`)),
      width: 120,
      height: 90,
      bytes: bytes.length,
    })
    expect(backend.store.state.uploads[up.id]).toMatchObject({ ownerId: 'u-resident-1', mime: 'image/png' })
    // stored as the server stripped it: a PNG without metadata chunks keeps every byte
    expect(backend.store.blobs.get(up.id)).toEqual(bytes)
    expect(JSON.stringify(backend.store.state.uploads[up.id]).length).toBeLessThan(300)
  })

  it('refuses a text file named .jpg with 415, and more than 5 MB with 413, in plain words', async () => {
    const wang = await signIn(testBackend(), 'u-resident-1')
    const upload = (bytes: Uint8Array<ArrayBuffer>, name = 'photo.jpg') =>
      wang.call(api.upload, { body: { file: { name, bytes } } })
    const text = await upload(TEXT, 'x.jpg')
    expect([text.status, expectError(text).error]).toEqual([
      415,
      { code: 'UNSUPPORTED_MEDIA', message: '只能上传照片（JPG、PNG 或 WebP 格式）' },
    ])
    const big = await upload(paddedJpeg(MAX_UPLOAD_BYTES + 1))
    expect([big.status, expectError(big).error]).toEqual([
      413,
      { code: 'PAYLOAD_TOO_LARGE', message: '照片太大（超过 5MB），请压缩后再上传' },
    ])
    expect((await upload(paddedJpeg(MAX_UPLOAD_BYTES))).status).toBe(201)
    const missing = await wang.upload(undefined as unknown as Uint8Array)
    expect([missing.status, envelope(missing).error.fields]).toEqual([
      400,
      { 'file.bytes': '请选择要上传的图片' },
    ])
  })
})

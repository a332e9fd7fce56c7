import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setupServer } from 'msw/node'
import { ErrorEnvelope, MAX_UPLOAD_BYTES, Session, Ticket, UploadedImage } from '../../../src/contract'
import { startHttpMock } from '../../../mock/bindings/http-server'
import { createMswHandlers } from '../../../mock/bindings/msw'
import { photoQuery } from '../../../mock/uploads/access'
import { testBackend } from './helpers'
import { makeJpeg, makePng, reportBody } from './ticket-helpers'

const TEXT = new TextEncoder().encode('hello, I am not a photo')

function form(bytes: Uint8Array, name: string, field = 'file'): FormData {
  const data = new FormData()
  data.append(field, new Blob([bytes as Uint8Array<ArrayBuffer>]), name)
  return data
}

function bigJpeg(): Uint8Array {
  const out = new Uint8Array(MAX_UPLOAD_BYTES + 1024)
  out.set(makeJpeg(16, 16))
  return out
}

/** The same checks over a real multipart request, whichever binding answers it. */
function uploadSuite(
  name: string,
  env: () => { base: string; origin: string; backend: ReturnType<typeof testBackend> },
) {
  describe(name, () => {
    let token = ''
    const post = (body: FormData) =>
      fetch(`${env().base}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body })

    beforeEach(async () => {
      const res = await fetch(`${env().base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: 'dev:u-resident-1' }),
      })
      token = Session.parse(await res.json()).token
    })

    it('accepts a JPEG and a PNG with their real sizes, serves the bytes back, and files a report with them', async () => {
      const jpeg = makeJpeg(64, 48)
      const res = await post(form(jpeg, '街边电线杆.jpg'))
      expect(res.status).toBe(201)
      const up = UploadedImage.parse(await res.json())
      expect(up).toMatchObject({ width: 64, height: 48, bytes: jpeg.length })
      expect(up.url).toMatch(new RegExp(`^/mock-uploads/${up.id}\\?exp=\\d+&sig=[a-p]{32}$`))
      const image = await fetch(`${env().origin}${up.url}`)
      expect(image.status).toBe(200)
      expect(image.headers.get('content-type')).toBe('image/jpeg')
      expect(new Uint8Array(await image.arrayBuffer())).toEqual(jpeg)

      const png = UploadedImage.parse(await (await post(form(makePng(40, 30), 'a.png'))).json())
      expect([png.width, png.height]).toEqual([40, 30])

      const ticket = await fetch(`${env().base}/tickets`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': `k-${name}`,
        },
        body: JSON.stringify(reportBody([up.id, png.id])),
      })
      expect(ticket.status).toBe(201)
      expect(Ticket.parse(await ticket.json()).photos.map((p) => p.url)).toEqual([up.url, png.url])
    })

    it('refuses a text file named .jpg (415) and a photo over 5 MB (413)', async () => {
      const text = await post(form(TEXT, 'x.jpg'))
      expect(text.status).toBe(415)
      expect(ErrorEnvelope.parse(await text.json()).error.message).toBe(
        '只能上传照片（JPG、PNG 或 WebP 格式）',
      )
      const big = await post(form(bigJpeg(), 'big.jpg'))
      expect(big.status).toBe(413)
      expect(ErrorEnvelope.parse(await big.json()).error.message).toBe('照片太大（超过 5MB），请压缩后再上传')
    })

    it('answers 400 without a file part, 403 for an unsigned URL, 404 for an upload it does not hold', async () => {
      const noFile = await post(form(makeJpeg(8, 8), 'a.jpg', 'photo'))
      expect(noFile.status).toBe(400)
      expect(ErrorEnvelope.parse(await noFile.json()).error.code).toBe('VALIDATION_FAILED')
      expect((await fetch(`${env().origin}/mock-uploads/up-nothing`)).status).toBe(403)
      const signed = `/mock-uploads/up-nothing?${photoQuery('up-nothing', env().backend.clock.now())}`
      expect((await fetch(`${env().origin}${signed}`)).status).toBe(404)
    })
  })
}

describe('uploads over msw (multipart FormData through request.formData())', () => {
  const backend = testBackend()
  const server = setupServer(...createMswHandlers(backend))
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())
  uploadSuite('msw', () => ({ base: 'http://localhost/api/v1', origin: 'http://localhost', backend }))
})

describe('uploads over node:http (multipart parsed by the binding)', () => {
  const backend = testBackend()
  let server: Server
  let origin = ''
  beforeAll(async () => {
    server = await startHttpMock({ host: '127.0.0.1', port: 0, backend })
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  uploadSuite('http', () => ({ base: `${origin}/api/v1`, origin, backend }))

  it('forgets the bytes on a restart (metadata stays, the image answers 404)', async () => {
    const login = await fetch(`${origin}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'dev:u-resident-1' }),
    })
    const { token } = Session.parse(await login.json())
    const up = UploadedImage.parse(
      await (
        await fetch(`${origin}/api/v1/uploads`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form(makeJpeg(8, 8), 'a.jpg'),
        })
      ).json(),
    )
    expect((await fetch(`${origin}${up.url}`)).status).toBe(200)
    backend.store.blobs.clear()
    expect((await fetch(`${origin}${up.url}`)).status).toBe(404)
    expect(backend.store.state.uploads[up.id]).toBeDefined()
  })
})

/**
 * `npm run mock:serve` probed as an outside HTTP client would: a child process on a free port,
 * real sockets, nothing in-process. Each case is something a hostile page, a careless client or
 * a flaky network does; the answer must be the contract's envelope and nothing leaks or breaks.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { connect } from 'node:net'
import path from 'node:path'
import { ErrorEnvelope, Session, Ticket, UploadedImage } from '../../../src/contract'
import { makeJpeg } from '../mock/ticket-helpers'
import { expectPreflightAllowed, preflight } from '../../utils/cors'

const ROOT = path.resolve(__dirname, '../../..')
const LAN_PAGE = 'http://192.168.1.5:10086'
const EVIL = 'https://evil.example'

let child: ChildProcess
let origin = ''
let api = ''

beforeAll(async () => {
  child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['mock/bindings/http-server.ts'], {
    cwd: ROOT,
    env: { ...process.env, MOCK_HOST: '127.0.0.1', MOCK_PORT: '0', MOCK_ALLOWED_ORIGINS: LAN_PAGE },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  origin = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /mock backend on (http:\/\/[\d.]+:\d+)\/api\/v1/.exec(out)
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`mock:serve exited with ${code}`)))
  })
  api = `${origin}/api/v1`
}, 60_000)

afterAll(() => {
  child.kill()
})

const JSON_HEADERS = { 'content-type': 'application/json' }
const DEV = { ...JSON_HEADERS, 'x-dev': '1' }

async function login(userId: string): Promise<string> {
  const res = await fetch(`${api}/auth/login`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ code: `dev:${userId}` }),
  })
  expect(res.status).toBe(200)
  return Session.parse(await res.json()).token
}

async function envelopeOf(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  return ErrorEnvelope.parse(await res.json()).error
}

async function dev(pathname: string, body: unknown) {
  const res = await fetch(`${api}${pathname}`, { method: 'POST', headers: DEV, body: JSON.stringify(body) })
  expect(res.status).toBe(200)
}

function upload(token: string, bytes: Uint8Array, name = 'photo.jpg') {
  const form = new FormData()
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name)
  return fetch(`${api}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
}

beforeEach(() => dev('/dev/reset', {}))

describe('CORS: only the developer’s own pages', () => {
  it.each([
    ['the H5 dev server', 'http://localhost:10086'],
    ['another localhost port', 'http://localhost:5173'],
    ['127.0.0.1 on any port', 'http://127.0.0.1:8080'],
    ['[::1]', 'http://[::1]:10086'],
    ['an origin in MOCK_ALLOWED_ORIGINS', LAN_PAGE],
  ])('answers the preflight of %s with credentials and the app’s headers', async (_name, page) => {
    const headers = ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'x-dev']
    expectPreflightAllowed(await preflight(`${api}/tickets`, page, headers), page, headers)
  })

  it.each([
    ['a site on the internet', EVIL],
    ['a look-alike host', 'http://localhost.evil.example'],
    ['a sandboxed frame (null)', 'null'],
    ['another LAN page', 'http://192.168.1.9:10086'],
  ])('refuses %s: preflight, reads and writes, with no CORS header', async (_name, page) => {
    const asked = await preflight(`${api}/dev/reset`, page, ['x-dev'])
    expect(asked.status).toBe(403)
    expect(asked.headers.get('access-control-allow-origin')).toBeNull()
    const read = await fetch(`${api}/dev/users`, { headers: { origin: page, 'x-dev': '1' } })
    expect([read.status, (await envelopeOf(read)).code]).toEqual([403, 'FORBIDDEN'])
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('a cross-site page cannot fault or reset the mock, even with a simple request', async () => {
    const token = await login('u-resident-1')
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await fetch(`${api}/dev/faults`, {
        method: 'POST',
        headers: { origin: EVIL, 'content-type': type },
        body: JSON.stringify({ kind: 'server_error', count: 100 }),
      })
      expect(res.status).toBe(403)
    }
    // the mock still answers normally: no fault was set
    const me = await fetch(`${api}/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
  })
})

describe('content types and /dev/*', () => {
  it.each([
    ['text/plain (a cross-site form or fetch needs no preflight for it)', 'text/plain'],
    ['a urlencoded form', 'application/x-www-form-urlencoded'],
    ['multipart on a JSON endpoint', 'multipart/form-data; boundary=x'],
    ['no content type at all', undefined],
  ])('refuses a JSON body sent as %s with 415', async (_name, type) => {
    const res = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: type ? { 'content-type': type } : {},
      body: JSON.stringify({ code: 'dev:u-resident-1' }),
    })
    expect([res.status, (await envelopeOf(res)).code]).toEqual([415, 'UNSUPPORTED_MEDIA'])
  })

  it('ignores the content type of an empty body (a GET or a bodiless DELETE)', async () => {
    const token = await login('u-resident-1')
    const get = await fetch(`${api}/me`, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(get.status).toBe(200)
    const cancel = await fetch(`${api}/activities/act-traffic/signup`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain', 'idempotency-key': 'k-del' },
    })
    expect(cancel.status).toBe(200)
  })

  it('takes application/json with a charset, and refuses JSON on /uploads with 415', async () => {
    const ok = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ code: 'dev:u-resident-1' }),
    })
    expect(ok.status).toBe(200)
    const token = Session.parse(await ok.json()).token
    const json = await fetch(`${api}/uploads`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, authorization: `Bearer ${token}` },
      body: JSON.stringify({ file: 'x' }),
    })
    expect([json.status, (await envelopeOf(json)).code]).toEqual([415, 'UNSUPPORTED_MEDIA'])
  })

  it.each([
    ['GET', '/dev/users'],
    ['POST', '/dev/reset'],
    ['POST', '/dev/faults'],
    ['POST', '/dev/clock'],
  ])('%s %s without X-Dev: 1 is refused with 403', async (method, pathname) => {
    const res = await fetch(`${api}${pathname}`, {
      method,
      headers: method === 'POST' ? JSON_HEADERS : {},
      body: method === 'POST' ? '{}' : undefined,
    })
    expect([res.status, (await envelopeOf(res)).code]).toEqual([403, 'FORBIDDEN'])
  })
})

/** A raw HTTP/1.1 exchange, for what fetch will not send (oversized heads). */
function raw(request: string): Promise<string> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request))
    let out = ''
    socket.on('data', (chunk) => (out += chunk.toString()))
    socket.on('end', () => resolve(out))
    socket.on('error', reject)
  })
}

describe('malformed requests: every error is the envelope', () => {
  it.each([
    ['/api/v1/tickets/%E4%B8', 400],
    ['/api/v1/tickets/%zz', 400],
    ['/mock-uploads/%E4%B8', 400],
    ['/api/v1/nowhere', 404],
    ['/elsewhere', 404],
  ])('GET %s → %i with the envelope', async (pathname, status) => {
    const token = await login('u-resident-1')
    const res = await fetch(`${origin}${pathname}`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(status)
    expect((await envelopeOf(res)).message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('Open311 answers a malformed id with its own error array', async () => {
    const res = await fetch(`${origin}/open311/v2/requests/%E4%B8.json`)
    expect([res.status, await res.json()]).toEqual([400, [{ code: 400, description: expect.any(String) }]])
  })

  it.each([
    ['PUT', '/api/v1/categories', 'GET'],
    ['PUT', '/api/v1/activities/act-clinic/signup', 'DELETE, POST'],
    ['DELETE', '/api/v1/tickets', 'GET, POST'],
    ['POST', '/mock-uploads/up-x', 'GET, HEAD'],
  ])('%s %s → 405 with Allow: %s', async (method, pathname, allow) => {
    const res = await fetch(`${origin}${pathname}`, { method, headers: JSON_HEADERS, body: '{}' })
    expect([res.status, res.headers.get('allow')]).toEqual([405, allow])
    expect((await envelopeOf(res)).code).toBe('METHOD_NOT_ALLOWED')
  })

  it('oversized headers → 431 with the envelope', async () => {
    const answer = await raw(
      `GET /api/v1/categories HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
    )
    expect(answer).toMatch(/^HTTP\/1\.1 431 /)
    const body = answer.slice(answer.indexOf('\r\n\r\n') + 4)
    expect(ErrorEnvelope.parse(JSON.parse(body)).error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('sends nosniff on JSON and on photos', async () => {
    const token = await login('u-resident-1')
    const me = await fetch(`${api}/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(me.headers.get('x-content-type-options')).toBe('nosniff')
    const up = UploadedImage.parse(await (await upload(token, makeJpeg(16, 16))).json())
    const image = await fetch(`${origin}${up.url}`)
    expect([image.status, image.headers.get('x-content-type-options')]).toEqual([200, 'nosniff'])
  })
})

describe('text and numbers as people mean them', () => {
  it('refuses invisible descriptions and empty query numbers', async () => {
    const token = await login('u-resident-1')
    const auth = { authorization: `Bearer ${token}` }
    const geo = await fetch(`${api}/geo/reverse?lat=&lng=`, { headers: auth })
    expect([geo.status, Object.keys((await envelopeOf(geo)).fields ?? {}).sort()]).toEqual([
      400,
      ['lat', 'lng'],
    ])
    const nick = await fetch(`${api}/me`, {
      method: 'PATCH',
      headers: { ...auth, ...JSON_HEADERS },
      body: JSON.stringify({ nickname: '\u200b\u200b\u200b' }),
    })
    expect(nick.status).toBe(400)
    const nul = await fetch(`${api}/me`, {
      method: 'PATCH',
      headers: { ...auth, ...JSON_HEADERS },
      body: JSON.stringify({ nickname: '\u0000' }),
    })
    expect(nul.status).toBe(400)
  })
})

/** A JPEG as a phone writes it: an APP1 Exif segment with GPS right after SOI. */
function jpegWithExif(): { bytes: Uint8Array; marker: string } {
  const jpeg = makeJpeg(16, 16)
  const marker = 'GPS 34.745417N 113.631447E home'
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from(marker, 'latin1')])
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, payload.length + 2]), payload])
  const xmp = Buffer.concat([
    Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>secret</x:xmpmeta>', 'latin1'),
  ])
  const app1xmp = Buffer.concat([Buffer.from([0xff, 0xe1, 0, xmp.length + 2]), xmp])
  const bytes = Buffer.concat([
    Buffer.from(jpeg.subarray(0, 2)),
    app1,
    app1xmp,
    Buffer.from(jpeg.subarray(2)),
  ])
  return { bytes: new Uint8Array(bytes), marker }
}

describe('uploads', () => {
  it('strips EXIF and XMP on the server and serves only the stripped bytes', async () => {
    const token = await login('u-resident-1')
    const { bytes, marker } = jpegWithExif()
    const res = await upload(token, bytes)
    expect(res.status).toBe(201)
    const up = UploadedImage.parse(await res.json())
    expect(up.bytes).toBeLessThan(bytes.length)
    const served = Buffer.from(await (await fetch(`${origin}${up.url}`)).arrayBuffer())
    expect(served.toString('latin1')).not.toContain(marker)
    expect(served.toString('latin1')).not.toContain('xmpmeta')
    expect(served.toString('latin1')).not.toContain('Exif')
    expect([served[0], served[1], served.at(-2), served.at(-1)]).toEqual([0xff, 0xd8, 0xff, 0xd9])
  })

  it('serves a photo only at its signed URL, until the signature expires', async () => {
    const token = await login('u-resident-1')
    const up = UploadedImage.parse(await (await upload(token, makeJpeg(16, 16))).json())
    const [bare] = up.url.split('?')
    expect((await fetch(`${origin}${bare}`)).status).toBe(403)
    const forged = up.url.replace(/sig=([a-p])/, (_m, c: string) => `sig=${c === 'a' ? 'b' : 'a'}`)
    expect((await fetch(`${origin}${forged}`)).status).toBe(403)
    const later = up.url.replace(/exp=\d+/, (m) => `exp=${Number(m.slice(4)) + 86400}`)
    expect((await fetch(`${origin}${later}`)).status).toBe(403)
    expect((await fetch(`${origin}${up.url}`)).status).toBe(200)
    await dev('/dev/clock', { advanceMinutes: 25 * 60 })
    const expired = await fetch(`${origin}${up.url}`)
    expect([expired.status, (await envelopeOf(expired)).code]).toEqual([403, 'FORBIDDEN'])
  })

  it('holds at most 30 unused uploads a person (429 with Retry-After), released after a day', async () => {
    const token = await login('u-resident-2')
    const small = makeJpeg(8, 8)
    for (let i = 0; i < 30; i++) expect((await upload(token, small)).status).toBe(201)
    const refused = await upload(token, small)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await envelopeOf(refused)).code).toBe('RATE_LIMITED')
    // someone else still may
    expect((await upload(await login('u-resident-3'), small)).status).toBe(201)
    await dev('/dev/clock', { advanceMinutes: 24 * 60 + 1 })
    expect((await upload(token, small)).status).toBe(201)
  })
})

describe('privacy over the wire', () => {
  it('masks the phone numbers of another resident’s anonymous ticket, and in Open311', async () => {
    const token = await login('u-resident-1')
    const up = UploadedImage.parse(await (await upload(token, makeJpeg(16, 16))).json())
    const created = await fetch(`${api}/tickets`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, authorization: `Bearer ${token}`, 'idempotency-key': 'k-outside-1' },
      body: JSON.stringify({
        photos: [up.id],
        location: { lat: 34.746217, lng: 113.631947 },
        address: '创业路 8 号院，电话 0371-67891234',
        categoryId: 'cat-road-lamp',
        description: '路灯坏了，联系我 ＋８６ １３８ １２３４ ５６７８',
        anonymous: true,
      }),
    })
    expect(created.status).toBe(201)
    const { id } = Ticket.parse(await created.json())
    const other = await login('u-resident-2')
    const seen = await (
      await fetch(`${api}/tickets/${id}`, { headers: { authorization: `Bearer ${other}` } })
    ).text()
    const open311 = await (await fetch(`${origin}/open311/v2/requests/${id}.json`)).text()
    for (const text of [seen, open311]) {
      expect(text).toContain('138****5678')
      expect(text).toContain('0371-****1234')
      expect(text).not.toContain('67891234')
      expect(text).not.toContain('１２３４ ５６７８')
    }
  })
})

describe('lost answers over a real socket', () => {
  it('drops the connection after the urge commits; the retry with the same key replays success', async () => {
    const token = await login('u-resident-1')
    const headers = { ...JSON_HEADERS, authorization: `Bearer ${token}`, 'idempotency-key': 'k-urge-lost' }
    await dev('/dev/faults', { kind: 'lost_answer', count: 1 })
    await expect(
      fetch(`${api}/tickets/t-0004/urge`, { method: 'POST', headers, body: '{}' }),
    ).rejects.toThrow()
    const retry = await fetch(`${api}/tickets/t-0004/urge`, { method: 'POST', headers, body: '{}' })
    expect([retry.status, retry.headers.get('idempotent-replayed')]).toEqual([200, 'true'])
    const ticket = Ticket.parse(await retry.json())
    expect(ticket.timeline.filter((e) => e.kind === 'urged')).toHaveLength(1)
    const keyless = await fetch(`${api}/tickets/t-0004/urge`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, authorization: `Bearer ${token}` },
      body: '{}',
    })
    expect([keyless.status, (await envelopeOf(keyless)).code]).toEqual([400, 'VALIDATION_FAILED'])
  })
})

import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { ErrorEnvelope, Session } from '../../../src/contract'
import { startHttpMock } from '../../../mock/bindings/http-server'
import { expectPreflightAllowed, preflight } from '../../utils/cors'
import { testBackend } from './helpers'

const H5_ORIGIN = 'http://localhost:10086'

describe('node:http binding', () => {
  let server: Server
  let base: string
  const backend = testBackend()

  beforeAll(async () => {
    server = await startHttpMock({ host: '127.0.0.1', port: 0, backend })
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  afterEach(() => backend.reset())

  const login = async () => {
    const res = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'dev:u-resident-2' }),
    })
    expect(res.status).toBe(200)
    return Session.parse(await res.json())
  }

  it('logs in over real HTTP', async () => {
    const session = await login()
    expect(session.user).toMatchObject({ id: 'u-resident-2', phone: '139****5566' })
  })

  it('answers /categories 401 without a token and 200 with one', async () => {
    const anonymous = await fetch(`${base}/categories`)
    expect(anonymous.status).toBe(401)
    const body = ErrorEnvelope.parse(await anonymous.json())
    expect(anonymous.headers.get('x-request-id')).toBe(body.requestId)
    const { token } = await login()
    const res = await fetch(`${base}/categories`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    expect(((await res.json()) as { items: unknown[] }).items.length).toBe(5)
  })

  it('answers 400 with fields for a bad query, and for a body that is not JSON', async () => {
    const { token } = await login()
    const geo = await fetch(`${base}/geo/reverse?lat=abc&lng=113.6`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(geo.status).toBe(400)
    expect(Object.keys(ErrorEnvelope.parse(await geo.json()).error.fields ?? {})).toEqual(['lat'])
    const broken = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code": "dev:',
    })
    expect(broken.status).toBe(400)
    expect(ErrorEnvelope.parse(await broken.json()).error.fields).toEqual({ _: '不是有效的 JSON' })
  })

  it('answers the CORS preflight for the H5 origin, with credentials', async () => {
    // every header the API client sends
    const headers = ['authorization', 'content-type', 'idempotency-key', 'x-request-id']
    const res = await preflight(`${base}/tickets`, H5_ORIGIN, headers)
    expectPreflightAllowed(res, H5_ORIGIN, headers)
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH')
  })

  it('exposes Retry-After and X-Request-Id to the H5 origin on real responses', async () => {
    const res = await fetch(`${base}/me`, { headers: { origin: H5_ORIGIN } })
    expect(res.headers.get('access-control-allow-origin')).toBe(H5_ORIGIN)
    expect((res.headers.get('access-control-expose-headers') ?? '').toLowerCase()).toContain('x-request-id')
    expect((res.headers.get('access-control-expose-headers') ?? '').toLowerCase()).toContain('retry-after')
  })

  it('drops the connection for the offline fault, and sends broken JSON for the malformed one', async () => {
    const { token } = await login()
    const auth = { authorization: `Bearer ${token}` }
    const dev = { 'content-type': 'application/json', 'x-dev': '1' }
    await fetch(`${base}/dev/faults`, {
      method: 'POST',
      headers: dev,
      body: JSON.stringify({ kind: 'offline', count: 1 }),
    })
    await expect(fetch(`${base}/me`, { headers: auth })).rejects.toThrow()
    await fetch(`${base}/dev/faults`, {
      method: 'POST',
      headers: dev,
      body: JSON.stringify({ kind: 'malformed', count: 1 }),
    })
    const malformed = await fetch(`${base}/me`, { headers: auth })
    expect(malformed.status).toBe(200)
    await expect(malformed.json()).rejects.toThrow()
    expect((await fetch(`${base}/me`, { headers: auth })).status).toBe(200)
  })

  it('answers 404 outside /api/v1 and 413 for an oversized body', async () => {
    const outside = await fetch(base.replace('/api/v1', '/other'))
    expect(outside.status).toBe(404)
    expect(ErrorEnvelope.parse(await outside.json()).error.code).toBe('NOT_FOUND')
    const huge = await fetch(`${base}/auth/login`, { method: 'POST', body: 'x'.repeat(9 * 1024 * 1024) })
    expect(huge.status).toBe(413)
    expect(ErrorEnvelope.parse(await huge.json()).error.code).toBe('PAYLOAD_TOO_LARGE')
  })
})

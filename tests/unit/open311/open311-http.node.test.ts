import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startHttpMock } from '../../../mock/bindings/http-server'
import { testBackend } from '../mock/helpers'
import { describeOpen311 } from './open311-spec'

const backend = testBackend()
let server: Server
let origin: string

beforeAll(async () => {
  server = await startHttpMock({ host: '127.0.0.1', port: 0, backend, publicBaseUrl: 'https://mock.example' })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describeOpen311('node:http', () => ({ backend, fetch: (path, init) => fetch(`${origin}${path}`, init) }))

it('lets a browser tool on another origin read the open data, without credentials', async () => {
  const res = await fetch(`${origin}/open311/v2/services.json`, {
    headers: { origin: 'http://civic.example' },
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  expect(res.headers.get('access-control-allow-credentials')).toBeNull()
})

it('builds media_url from PUBLIC_BASE_URL, never from the Host header', async () => {
  const res = await fetch(`${origin}/open311/v2/requests/t-0004.json`, { headers: { host: 'evil.example' } })
  const [request] = (await res.json()) as { media_url: string }[]
  expect(request.media_url).toMatch(/^https:\/\/mock\.example\/mock-uploads\//)
  expect(request.media_url).not.toContain('evil')
})

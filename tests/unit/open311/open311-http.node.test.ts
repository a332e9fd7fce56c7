import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startHttpMock } from '../../../mock/bindings/http-server'
import { testBackend } from '../mock/helpers'
import { describeOpen311 } from './open311-spec'

const backend = testBackend()
let server: Server
let origin: string

beforeAll(async () => {
  server = await startHttpMock({ host: '127.0.0.1', port: 0, backend })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describeOpen311('node:http', () => ({ backend, fetch: (path, init) => fetch(`${origin}${path}`, init) }))

it('sends CORS headers to a browser tool on another origin', async () => {
  const res = await fetch(`${origin}/open311/v2/services.json`, {
    headers: { origin: 'http://civic.example' },
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('access-control-allow-origin')).toBe('http://civic.example')
})

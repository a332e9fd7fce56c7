import { setupServer } from 'msw/node'
import { createMswHandlers } from '../../../mock/bindings/msw'
import { testBackend } from '../mock/helpers'
import { describeOpen311 } from './open311-spec'

const backend = testBackend()
const server = setupServer(...createMswHandlers(backend))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describeOpen311('msw', () => ({
  backend,
  fetch: (path, init) => fetch(`https://city.example${path}`, init),
}))

it('makes an uploaded photo’s media_url absolute on the caller’s origin', async () => {
  const { signIn, fileReport } = await import('../mock/ticket-helpers')
  const resident = await signIn(backend, 'u-resident-1')
  const id = await fileReport(resident)
  const res = await fetch(`https://city.example/open311/v2/requests/${id}.json`)
  const [request] = (await res.json()) as { media_url: string }[]
  expect(request.media_url).toMatch(/^https:\/\/city\.example\/mock-uploads\//)
  expect((await fetch(request.media_url)).status).toBe(200)
})

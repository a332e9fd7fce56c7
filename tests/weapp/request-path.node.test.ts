/**
 * The weapp request path: the real mini-program `@tarojs/taro` (Taro.request → wx.request)
 * with a stub `wx`. In a mock build the API client's transport calls the embedded router
 * in-process, so no request may reach wx.request.
 */
import { installWx, wxRequests } from './stub-wx'

installWx()

// loaded after the stub: Taro's mini runtime binds to `wx` when it initialises
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installMockBackend } = require('@/app/mock-switch') as typeof import('@/app/mock-switch')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const client = require('@/api') as typeof import('@/api')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { api } = require('@/contract') as typeof import('@/contract')

beforeAll(() => installMockBackend())

test('the transport is the in-process router, not Taro.request', async () => {
  const session = await client.startSession()
  expect(session.user.role).toBe('resident')
  const tree = await client.call(api.categories)
  expect(tree.items.map((g) => g.name)).toContain('道路设施')
  expect(wxRequests).toHaveLength(0)
})

test('the session is kept in WeChat storage under ssp:session', async () => {
  await client.startSession()
  const stored = JSON.parse(String(globalThis.wx.getStorageSync('ssp:session')))
  expect(stored.token).toEqual(expect.any(String))
})

test('errors from the router arrive as ApiError with the contract’s code and fields', async () => {
  await expect(client.call(api.reverseGeo, { query: { lat: 999, lng: 113.6 } })).rejects.toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: { lat: expect.any(String) },
  })
  expect(wxRequests).toHaveLength(0)
})

test('an injected offline fault is a network error, as on a phone with no signal', async () => {
  await client.startSession()
  await client.call(api.devFaults, { body: { kind: 'offline', count: 1 } })
  await expect(client.call(api.patchMe, { body: { nickname: '老王' } })).rejects.toMatchObject({
    code: 'NETWORK',
  })
  expect(await client.call(api.patchMe, { body: { nickname: '老王' } })).toMatchObject({ nickname: '老王' })
})

test('the real Taro.request still goes to wx.request (what an http build uses)', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { taroTransport } = require('@/api/transport') as typeof import('@/api/transport')
  await expect(
    taroTransport({
      baseUrl: 'https://api.example.com',
      path: '/me',
      method: 'GET',
      query: { a: '1' },
      headers: {},
      timeoutMs: 1000,
    }),
  ).rejects.toMatchObject({ code: 'NETWORK' })
  expect(wxRequests.at(-1)?.url).toBe('https://api.example.com/api/v1/me?a=1')
})

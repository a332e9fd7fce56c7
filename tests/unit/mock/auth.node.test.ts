import { api } from '../../../src/contract'
import { call, callEndpoint, envelope, expectError, expectOk, loginAs, T0, testBackend } from './helpers'
import { signInAll } from './ticket-helpers'

const DAY_MS = 24 * 60 * 60 * 1000

describe('POST /auth/login', () => {
  it('signs in as the seeded user named by a dev:<id> code, with a 7-day token', async () => {
    const backend = testBackend()
    const res = await callEndpoint(backend, api.login, { body: { code: 'dev:u-grid-1' } })
    expect(res.status).toBe(200)
    const session = expectOk(res)
    expect(session.user).toMatchObject({
      id: 'u-grid-1',
      role: 'grid_worker',
      nickname: '赵磊',
      gridId: 'g-chuangye-lu-1',
    })
    expect(session.token.length).toBeGreaterThanOrEqual(32)
    expect(Date.parse(session.expiresAt)).toBe(T0 + 7 * DAY_MS)
    expect(session.expiresAt).toMatch(/\+08:00$/)
  })

  it('refuses a dev code naming no seeded user, on the code field', async () => {
    const res = await callEndpoint(testBackend(), api.login, { body: { code: 'dev:u-nobody' } })
    expect(res.status).toBe(400)
    const { error } = expectError(res)
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.fields).toEqual({ code: '没有这个测试用户' })
  })

  it('signs any other code (Taro.login, the H5 launch) in as the first seeded resident', async () => {
    const res = await callEndpoint(testBackend(), api.login, { body: { code: '0a3Xk9wx-from-wx-login' } })
    expect(expectOk(res).user).toMatchObject({
      id: 'u-resident-1',
      role: 'resident',
      nickname: '王秀兰',
    })
  })

  it('gives every login its own token', async () => {
    const backend = testBackend()
    const a = await loginAs(backend, 'u-resident-1')
    const b = await loginAs(backend, 'u-resident-1')
    expect(a).not.toBe(b)
    expect((await callEndpoint(backend, api.me, { token: a })).status).toBe(200)
    expect((await callEndpoint(backend, api.me, { token: b })).status).toBe(200)
  })
})

describe('authentication', () => {
  it.each([
    ['no header', {}],
    ['an unknown token', { authorization: 'Bearer not-a-real-token-at-all-0000000' }],
    ['a header without Bearer', { authorization: 'Token abc' }],
  ])('answers 401 in the error envelope with %s', async (_, headers) => {
    const res = await call(testBackend(), 'GET', '/me', { headers })
    expect(res.status).toBe(401)
    const body = envelope(res) // raw: these requests are malformed on purpose
    expect(body.error).toEqual({ code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' })
    expect(body.requestId).toBe(res.headers['x-request-id'])
  })

  it('accepts a valid token until it expires 7 days later on the mock clock', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-resident-2')
    backend.clock.advance(7 * 24 * 60 - 1)
    expect((await callEndpoint(backend, api.me, { token })).status).toBe(200)
    backend.clock.advance(2)
    const res = await callEndpoint(backend, api.me, { token })
    expect(res.status).toBe(401)
    expect(expectError(res).error.code).toBe('UNAUTHENTICATED')
  })

  it('forgets every token on reset (clients log in again)', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-merchant-1')
    backend.reset()
    expect((await callEndpoint(backend, api.me, { token })).status).toBe(401)
  })

  it('forgets every token on POST /dev/reset too', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-merchant-1')
    expect(expectOk(await callEndpoint(backend, api.devReset))).toEqual({ ok: true })
    expect((await callEndpoint(backend, api.me, { token })).status).toBe(401)
  })
})

describe('GET /me and PATCH /me', () => {
  it('returns the signed-in user', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-merchant-1')
    const me = expectOk(await callEndpoint(backend, api.me, { token }))
    expect(me).toMatchObject({
      id: 'u-merchant-1',
      role: 'merchant',
      merchant: { shopName: '老刘烩面馆', verified: true },
    })
  })

  it('changes the nickname and community, and reseeding restores them', async () => {
    const { backend, wang } = await signInAll({ wang: 'u-resident-1' })
    const res = await wang.call(api.patchMe, { body: { nickname: ' 王阿姨 ', communityId: 'c-xili-lu' } })
    expect(res.status).toBe(200)
    expect(expectOk(res)).toMatchObject({ nickname: '王阿姨', communityId: 'c-xili-lu' })
    expect(expectOk(await wang.call(api.me)).nickname).toBe('王阿姨')
    backend.reset()
    const again = await loginAs(backend, 'u-resident-1')
    expect(expectOk(await callEndpoint(backend, api.me, { token: again })).nickname).toBe('王秀兰')
  })

  it('answers 404 for a community that does not exist, changing nothing', async () => {
    const { wang } = await signInAll({ wang: 'u-resident-1' })
    const res = await wang.call(api.patchMe, { body: { nickname: '新名字', communityId: 'c-atlantis' } })
    expect(res.status).toBe(404)
    expect(expectError(res).error).toEqual({ code: 'NOT_FOUND', message: '没有这个社区' })
    expect(expectOk(await wang.call(api.me)).nickname).toBe('王秀兰')
  })

  it('refuses an empty change at the root of the body', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-resident-1')
    const res = await callEndpoint(backend, api.patchMe, { token, body: {} })
    expect(res.status).toBe(400)
    expect(expectError(res).error).toEqual({
      code: 'VALIDATION_FAILED',
      message: '没有要修改的内容',
      fields: { _: '没有要修改的内容' },
    })
  })
})

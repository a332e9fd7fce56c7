import { z } from 'zod'
import { ALL_ROLES, api, endpoint, GeoPoint, Ok, User } from '../../../src/contract'
import { rateLimited } from '../../../mock/errors'
import { noContent, reply, signedIn } from '../../../mock/route-types'
import { MALFORMED_JSON } from '../../../mock/wire-body'
import {
  call,
  callEndpoint,
  envelope,
  expectError,
  expectOk,
  extendedRouter,
  loginAs,
  testBackend,
} from './helpers'

const testOnly = {
  report: endpoint({
    status: 200,
    method: 'POST',
    path: '/test/reports',
    summary: 'test',
    access: ALL_ROLES,
    body: z.object({ location: GeoPoint, photos: z.array(z.string().min(1, '照片不能为空')).min(1) }),
    response: z.object({ id: z.string() }),
  }),
  badShape: endpoint({
    status: 200,
    method: 'GET',
    path: '/test/bad-shape',
    summary: 'test',
    access: 'public',
    response: Ok,
  }),
  leakyMe: endpoint({
    status: 200,
    method: 'GET',
    path: '/test/leaky-me',
    summary: 'test',
    access: ALL_ROLES,
    response: User,
  }),
  boom: endpoint({
    status: 200,
    method: 'GET',
    path: '/test/boom',
    summary: 'test',
    access: 'public',
    response: Ok,
  }),
  limited: endpoint({
    status: 200,
    method: 'POST',
    path: '/test/limited',
    summary: 'test',
    access: 'public',
    response: Ok,
  }),
  created: endpoint({
    status: 201,
    method: 'POST',
    path: '/test/created',
    summary: 'test',
    access: 'public',
    response: Ok,
  }),
  gone: endpoint({
    status: 204,
    method: 'DELETE',
    path: '/test/things/:id',
    summary: 'test',
    access: 'public',
    params: z.object({ id: z.string() }),
    response: z.undefined(),
  }),
  thing: endpoint({
    status: 200,
    method: 'GET',
    path: '/test/things/:id',
    summary: 'test',
    access: 'public',
    params: z.object({ id: z.string() }),
    response: z.object({ id: z.string(), literal: z.boolean() }),
  }),
  thingLiteral: endpoint({
    status: 200,
    method: 'GET',
    path: '/test/things/special',
    summary: 'test',
    access: 'public',
    response: z.object({ id: z.string(), literal: z.boolean() }),
  }),
}

function setup() {
  return extendedRouter(testOnly, {
    report: () => ({ id: 't-1' }),
    // deliberately breaks the contract: the router must not let it out
    badShape: () => ({ ok: 'yes' }) as unknown as { ok: true },
    leakyMe: (ctx) => signedIn(ctx) as unknown as User,
    boom: () => {
      throw new TypeError('cannot read properties of undefined')
    },
    limited: () => {
      throw rateLimited(30)
    },
    created: () => reply({ ok: true as const }, { status: 201, headers: { location: '/test/created/1' } }),
    gone: () => noContent(),
    thing: ({ params }) => ({ id: params.id, literal: false }),
    thingLiteral: () => ({ id: 'special', literal: true }),
  })
}

describe('router: matching', () => {
  it('answers 404 NOT_FOUND for an unknown path, 405 with Allow for an unknown method', async () => {
    const backend = testBackend()
    for (const [method, path] of [
      ['GET', '/nowhere'],
      ['GET', '/categories/extra'],
    ]) {
      const res = await call(backend, method, path)
      expect([path, res.status]).toEqual([path, 404])
      expect(envelope(res).error).toEqual({ code: 'NOT_FOUND', message: '没有这个接口' })
    }
    const wrong = await call(backend, 'DELETE', '/categories')
    expect([wrong.status, wrong.headers.allow, envelope(wrong).error.code]).toEqual([
      405,
      'GET',
      'METHOD_NOT_ALLOWED',
    ])
    const signup = await call(backend, 'PUT', '/activities/act-clinic/signup')
    expect([signup.status, signup.headers.allow]).toEqual([405, 'DELETE, POST'])
  })

  it('answers 400 for a path whose percent-encoding is malformed', async () => {
    const res = await call(testBackend(), 'GET', '/tickets/%E4%B8')
    expect([res.status, envelope(res).error.code]).toEqual([400, 'VALIDATION_FAILED'])
  })

  it('decodes path params, and prefers a literal segment over a :param', async () => {
    const { router } = setup()
    expect((await call(router, 'GET', '/test/things/%E4%B8%80')).body).toEqual({ id: '一', literal: false })
    expect((await call(router, 'GET', '/test/things/special')).body).toEqual({ id: 'special', literal: true })
  })

  it('gives every request its own id, in the x-request-id header and the envelope', async () => {
    const backend = testBackend()
    const a = await callEndpoint(backend, api.me)
    const b = await callEndpoint(backend, api.me)
    expect(a.headers['x-request-id']).toMatch(/^req-/)
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id'])
    expect(expectError(b).requestId).toBe(b.headers['x-request-id'])
    expect((await callEndpoint(backend, api.devClock)).headers['x-request-id']).toMatch(/^req-/)
  })
})

describe('router: request validation', () => {
  it('answers 400 with the query field for /geo/reverse?lat=abc', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-resident-1')
    const res = await callEndpoint(backend, api.reverseGeo, { token, query: { lat: 'abc', lng: '113.63' } })
    expect(res.status).toBe(400)
    const { error } = expectError(res)
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(error.fields ?? {})).toEqual(['lat'])
    expect(error.message).toBe(error.fields?.lat)
  })

  it('uses the general message when more than one field is wrong', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-resident-1')
    const res = await callEndpoint(backend, api.reverseGeo, { token, query: { lat: '91', lng: '-200' } })
    expect(expectError(res).error).toEqual({
      code: 'VALIDATION_FAILED',
      message: '填写的内容有误，请检查后再提交',
      fields: { lat: '纬度不正确', lng: '经度不正确' },
    })
  })

  it('reports nested body paths as dot paths', async () => {
    const { router } = setup()
    const token = await loginAs(router, 'u-resident-1')
    const res = await call(router, 'POST', '/test/reports', {
      token,
      body: { location: { lat: 'north', lng: 113.6 }, photos: ['p-1', ''] },
    })
    expect(res.status).toBe(400)
    expect(envelope(res).error.fields).toEqual({ 'location.lat': '格式不正确', 'photos.1': '照片不能为空' })
  })

  it('reports a contract message for a bad body field', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-resident-1')
    const res = await callEndpoint(backend, api.patchMe, {
      token,
      body: { nickname: '一二三四五六七八九十一二三四五六七八九十一' },
    })
    expect(expectError(res).error.fields).toEqual({ nickname: '昵称最多 20 个字' })
    const typed = await call(backend, 'POST', '/dev/clock', { body: { advanceMinutes: 'soon' } })
    expect(envelope(typed).error.fields).toEqual({ advanceMinutes: '请输入分钟数' })
  })

  it('puts a wrong body at the root under "_"', async () => {
    const res = await call(testBackend(), 'POST', '/auth/login', { body: ['dev:u-grid-1'] })
    expect(res.status).toBe(400)
    expect(Object.keys(envelope(res).error.fields ?? {})).toEqual(['_'])
  })

  it('answers 400 when the binding could not parse the JSON body', async () => {
    const res = await call(testBackend(), 'POST', '/auth/login', { body: MALFORMED_JSON })
    expect(res.status).toBe(400)
    expect(envelope(res).error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { _: '不是有效的 JSON' } })
  })

  it('tolerates unknown extra keys', async () => {
    const res = await call(testBackend(), 'POST', '/auth/login', {
      body: { code: 'dev:u-grid-2', device: 'iPhone' },
    })
    expect(res.status).toBe(200)
  })

  it('accepts mixed-case header names from careless callers', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-resident-1')
    expect(
      (await call(backend, 'GET', '/me', { headers: { Authorization: `Bearer ${token}` } })).status,
    ).toBe(200)
  })
})

describe('router: responses', () => {
  let consoleError: jest.SpyInstance
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => consoleError.mockRestore())

  it('turns a route result that breaks the response schema into 500 INTERNAL, logged', async () => {
    const { router } = setup()
    const res = await callEndpoint(router, testOnly.badShape)
    expect(res.status).toBe(500)
    expect(expectError(res).error).toEqual({ code: 'INTERNAL', message: '服务器开小差了，请稍后再试' })
    expect(consoleError).toHaveBeenCalled()
  })

  it('never lets a full phone number out, even from a careless route', async () => {
    const { router } = setup()
    const token = await loginAs(router, 'u-resident-1')
    const res = await callEndpoint(router, testOnly.leakyMe, { token })
    expect(res.status).toBe(500)
    expect(JSON.stringify(expectError(res))).not.toContain('13812341234')
  })

  it('returns exactly the User fields of the contract (no stored description, no full phone)', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-resident-1')
    const me = expectOk(await callEndpoint(backend, api.me, { token }))
    expect(Object.keys(me).sort()).toEqual([
      'communityId',
      'gridId',
      'id',
      'merchant',
      'nickname',
      'phone',
      'role',
    ])
  })

  it('answers 500 INTERNAL for an unexpected throw', async () => {
    const { router } = setup()
    const res = await callEndpoint(router, testOnly.boom)
    expect(res.status).toBe(500)
    expect(expectError(res).error.code).toBe('INTERNAL')
    expect(consoleError).toHaveBeenCalled()
  })

  it('sets Retry-After and retryAfterSeconds on 429', async () => {
    const { router } = setup()
    const res = await callEndpoint(router, testOnly.limited)
    expect(res.status).toBe(429)
    expect(res.headers['retry-after']).toBe('30')
    expect(expectError(res).error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 })
  })

  it('lets a route choose its status and headers', async () => {
    const { router } = setup()
    const created = await callEndpoint(router, testOnly.created)
    expect([created.status, expectOk(created), created.headers.location]).toEqual([
      201,
      { ok: true },
      '/test/created/1',
    ])
    const gone = await callEndpoint(router, testOnly.gone, { params: { id: '1' } })
    expect(gone.status).toBe(204)
    expect(expectOk(gone)).toBeUndefined()
  })
})

import { api, type FaultKind } from '../../../src/contract'
import { call, callEndpoint, expectError, expectOk, loginAs, testBackend } from './helpers'

/** Raw calls below are the ones a fault answers: a network error or a body that is not JSON. */
async function armed(kind: FaultKind, count: number, slowMs?: number) {
  const backend = testBackend(slowMs === undefined ? {} : { slowMs })
  const token = await loginAs(backend, 'u-resident-1')
  const res = await callEndpoint(backend, api.devFaults, { body: { kind, count } })
  expect(expectOk(res)).toEqual({ kind, remaining: count })
  return { backend, token }
}

describe('injected faults', () => {
  it('offline: the next N requests fail as network errors, without reaching the route', async () => {
    const { backend, token } = await armed('offline', 2)
    const first = await call(backend, 'PATCH', '/me', { token, body: { nickname: '离线时改的' } })
    expect(first).toMatchObject({ status: 0, networkError: true })
    expect((await call(backend, 'GET', '/categories', { token })).networkError).toBe(true)
    const me = await callEndpoint(backend, api.me, { token })
    expect(me.status).toBe(200)
    expect(expectOk(me).nickname).toBe('王秀兰')
  })

  it('server_error: 500 INTERNAL in plain Chinese', async () => {
    const { backend, token } = await armed('server_error', 1)
    const res = await callEndpoint(backend, api.categories, { token })
    expect(res.status).toBe(500)
    expect(expectError(res).error).toEqual({ code: 'INTERNAL', message: '服务器开小差了，请稍后再试' })
    expect((await callEndpoint(backend, api.categories, { token })).status).toBe(200)
  })

  it('malformed: 200 with a body that is not JSON', async () => {
    const { backend, token } = await armed('malformed', 1)
    const res = await call(backend, 'GET', '/categories', { token })
    expect(res.status).toBe(200)
    expect(res.body).toBeUndefined()
    expect(typeof res.rawBody).toBe('string')
    expect(() => JSON.parse(res.rawBody as string)).toThrow(SyntaxError)
  })

  it('slow: holds the request, then answers normally', async () => {
    const { backend, token } = await armed('slow', 1, 150)
    const started = Date.now()
    const res = await callEndpoint(backend, api.categories, { token })
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(res.status).toBe(200)
    const fast = Date.now()
    await callEndpoint(backend, api.categories, { token })
    expect(Date.now() - fast).toBeLessThan(100)
  })

  it('counts down one per request and then stops', async () => {
    const { backend, token } = await armed('server_error', 3)
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await callEndpoint(backend, api.me, { token })).status)
    expect(statuses).toEqual([500, 500, 500, 200, 200])
    expect(backend.store.state.meta.faults).toEqual({ kind: null, remaining: 0 })
  })

  it('never hits /dev endpoints, so the developer panel keeps working', async () => {
    const { backend, token } = await armed('offline', 1)
    expect((await callEndpoint(backend, api.devUsers)).status).toBe(200)
    expect((await callEndpoint(backend, api.devClock)).status).toBe(200)
    expect(backend.store.state.meta.faults.remaining).toBe(1)
    expect((await call(backend, 'GET', '/me', { token })).networkError).toBe(true)
  })

  it('are cleared by reset', async () => {
    const { backend } = await armed('offline', 5)
    backend.reset()
    const token = await loginAs(backend, 'u-resident-1')
    expect((await callEndpoint(backend, api.me, { token })).status).toBe(200)
  })
})

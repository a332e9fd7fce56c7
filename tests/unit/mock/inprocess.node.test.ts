import { api, Session } from '../../../src/contract'
import { createInProcessTransport } from '../../../mock/bindings/inprocess'
import { callEndpoint, expectOk, testBackend, wire } from './helpers'

describe('in-process transport (weapp)', () => {
  it('serves the router: login, then an authenticated call', async () => {
    const transport = { handle: createInProcessTransport(testBackend()) }
    const login = await callEndpoint(transport, api.login, { body: { code: 'dev:u-merchant-1' } })
    const { token } = expectOk(login)
    const me = await callEndpoint(transport, api.me, { token })
    expect(expectOk(me).merchant?.shopName).toBe('老刘烩面馆')
  })

  it('never shares objects between the caller and the store, either way', async () => {
    const backend = testBackend()
    const send = createInProcessTransport(backend)
    const { token } = Session.parse(
      (await send(wire('POST', '/auth/login', { body: { code: 'dev:u-resident-1' } }))).body,
    )
    const body = { nickname: '秀兰' }
    const patched = await send(wire('PATCH', '/me', { token, body }))
    ;(patched.body as { nickname: string }).nickname = '被页面改掉的'
    body.nickname = '调用后又改的'
    expect(backend.store.findUser('u-resident-1')?.nickname).toBe('秀兰')
    expect(expectOk(await callEndpoint(backend, api.me, { token })).nickname).toBe('秀兰')
  })

  it('answers on a later macrotask, never synchronously', async () => {
    const send = createInProcessTransport(testBackend())
    let settled = false
    const pending = send(wire('GET', '/dev/clock')).then(() => (settled = true))
    for (let i = 0; i < 20; i++) await Promise.resolve()
    expect(settled).toBe(false)
    await pending
    expect(settled).toBe(true)
  })

  it('passes faults through for the client to handle', async () => {
    const backend = testBackend()
    const send = createInProcessTransport(backend)
    await send(wire('POST', '/dev/faults', { body: { kind: 'offline', count: 1 } }))
    expect(await send(wire('GET', '/categories'))).toMatchObject({ status: 0, networkError: true })
    await send(wire('POST', '/dev/faults', { body: { kind: 'malformed', count: 1 } }))
    const malformed = await send(wire('GET', '/categories'))
    expect(malformed.status).toBe(200)
    expect(typeof malformed.rawBody).toBe('string')
  })
})

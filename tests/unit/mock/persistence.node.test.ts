import { api } from '../../../src/contract'
import { memoryStorage, sliceKey, type KeyValueStorage } from '../../../mock/persistence'
import { createStore } from '../../../mock/store'
import { callEndpoint, expectOk, loginAs, testBackend } from './helpers'

// the seeded tickets take two chunks of 50; the manifest `tickets` says how many there are
// idempotency records in 16 buckets by key; the ledger in chunks like the tickets
const SLICES = [
  ...['meta', 'users', 'tokens', 'uploads', 'tickets', 'tickets.0', 'tickets.1'],
  ...Array.from({ length: 16 }, (_, i) => `idempotency#${i}`),
  ...['volunteer', 'ledger', 'ledger.0', 'mall'],
  ...['notifications', 'department', 'patrols'],
]

function recording(storage: KeyValueStorage) {
  const writes: string[] = []
  return {
    writes,
    storage: {
      getItem: (k: string) => storage.getItem(k),
      setItem: (k: string, v: string) => {
        writes.push(k)
        storage.setItem(k, v)
      },
      removeItem: (k: string) => storage.removeItem(k),
    },
  }
}

async function aUsedStorage() {
  const storage = memoryStorage()
  const backend = testBackend({ storage })
  const token = await loginAs(backend, 'u-resident-1')
  await callEndpoint(backend, api.patchMe, { token, body: { nickname: '王阿姨' } })
  await callEndpoint(backend, api.devAdvanceClock, { body: { advanceMinutes: 90 } })
  return { storage, token }
}

describe('persistence', () => {
  it('a new backend over the same storage keeps the token, the nickname and the clock offset', async () => {
    const { storage, token } = await aUsedStorage()
    const reloaded = testBackend({ storage })
    const me = await callEndpoint(reloaded, api.me, { token })
    expect(me.status).toBe(200)
    expect(expectOk(me).nickname).toBe('王阿姨')
    expect(reloaded.clock.offsetMinutes).toBe(90)
    expect(expectOk(await callEndpoint(reloaded, api.devClock))).toMatchObject({ offsetMinutes: 90 })
  })

  it('persists clock.advance() called directly (the developer panel, tests)', () => {
    const storage = memoryStorage()
    testBackend({ storage }).clock.advance(30)
    expect(testBackend({ storage }).clock.offsetMinutes).toBe(30)
  })

  it('stores one versioned key per slice, and never anything else', async () => {
    const { storage } = await aUsedStorage()
    expect(Object.keys(storage.entries()).sort()).toEqual(SLICES.map(sliceKey).sort())
    expect(sliceKey('users')).toBe('ssp-mock:v1:users')
    for (const value of Object.values(storage.entries())) expect(value.length).toBeLessThan(100_000)
  })

  it('writes only the slices a request changed, and nothing for a read', async () => {
    const { storage: base, token } = await aUsedStorage()
    const { storage, writes } = recording(base)
    const backend = testBackend({ storage })
    await callEndpoint(backend, api.me, { token })
    await callEndpoint(backend, api.categories, { token })
    expect(writes).toEqual([])
    await callEndpoint(backend, api.patchMe, { token, body: { nickname: '秀兰' } })
    expect(writes).toEqual([sliceKey('users')])
    writes.length = 0
    await callEndpoint(backend, api.patchMe, { token, body: { nickname: '秀兰' } })
    expect(writes).toEqual([])
  })

  it('saves a GET that used up an injected fault', async () => {
    const storage = memoryStorage()
    const backend = testBackend({ storage })
    await callEndpoint(backend, api.devFaults, { body: { kind: 'server_error', count: 2 } })
    await callEndpoint(backend, api.categories)
    expect(testBackend({ storage }).store.state.meta.faults).toEqual({ kind: 'server_error', remaining: 1 })
  })

  it.each([
    ['corrupt JSON', 'users', '{"id":"u-resident-1",'],
    ['a wrong shape', 'users', JSON.stringify([{ id: 'u-x' }])],
    [
      'a wrong version',
      'meta',
      JSON.stringify({ version: 2, clockOffsetMs: 0, faults: { kind: null, remaining: 0 } }),
    ],
  ])('reseeds instead of crashing on %s', async (_, slice, value) => {
    const { storage, token } = await aUsedStorage()
    storage.setItem(sliceKey(slice), value)
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const reloaded = testBackend({ storage })
    warn.mockRestore()
    expect((await callEndpoint(reloaded, api.me, { token })).status).toBe(401)
    expect(reloaded.clock.offsetMinutes).toBe(0)
    const fresh = await loginAs(reloaded, 'u-resident-1')
    expect(expectOk(await callEndpoint(reloaded, api.me, { token: fresh })).nickname).toBe('王秀兰')
    // and the storage is healthy again
    expect(() => JSON.parse(storage.getItem(sliceKey(slice)) as string)).not.toThrow()
    expect(JSON.parse(storage.getItem(sliceKey('meta')) as string).version).toBe(1)
  })

  it('treats "" for a missing key (Taro.getStorageSync) as empty storage', async () => {
    const storage = { getItem: () => '', setItem: jest.fn(), removeItem: jest.fn() }
    const backend = testBackend({ storage })
    expect((await callEndpoint(backend, api.devUsers)).status).toBe(200)
    expect(storage.setItem).toHaveBeenCalledWith(sliceKey('users'), expect.any(String))
  })

  it('keeps answering when the storage refuses writes (quota exceeded)', async () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('setStorage:fail exceed storage max size 10MB')
      },
      removeItem: () => undefined,
    }
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const backend = testBackend({ storage })
    const token = await loginAs(backend, 'u-resident-1')
    expect((await callEndpoint(backend, api.me, { token })).status).toBe(200)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it('drops idempotency records left running by a killed app, keeps finished ones', () => {
    const storage = memoryStorage()
    const store = createStore(storage)
    store.state.idempotency['u-resident-1|k1'] = { fingerprint: 'f', createdAt: 1 }
    store.state.idempotency['u-resident-1|k2'] = {
      fingerprint: 'f',
      createdAt: 1,
      response: { status: 201, headers: {}, body: { id: 't-1' } },
    }
    store.save()
    expect(Object.keys(createStore(storage).state.idempotency)).toEqual(['u-resident-1|k2'])
  })
})

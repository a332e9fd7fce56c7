import { api } from '../../../src/contract'
import { memoryStorage, sliceKey, type KeyValueStorage } from '../../../mock/persistence'
import { callEndpoint, expectOk, testBackend } from './helpers'
import { fileReport, signIn } from './ticket-helpers'

function recording(storage: KeyValueStorage) {
  const writes: string[] = []
  const removed: string[] = []
  return {
    writes,
    removed,
    storage: {
      getItem: (k: string) => storage.getItem(k),
      setItem: (k: string, v: string) => {
        writes.push(k.replace(sliceKey(''), ''))
        storage.setItem(k, v)
      },
      removeItem: (k: string) => {
        removed.push(k.replace(sliceKey(''), ''))
        storage.removeItem(k)
      },
    },
  }
}

const ticketKeys = (storage: ReturnType<typeof memoryStorage>) =>
  Object.keys(storage.entries())
    .filter((k) => k.startsWith(sliceKey('tickets')))
    .map((k) => k.replace(sliceKey(''), ''))
    .sort()

describe('tickets and uploads in storage', () => {
  it('survive a reload exactly: a new report, an urge, a 我也遇到, a rating, and the upload behind the report', async () => {
    const storage = memoryStorage()
    const backend = testBackend({ storage })
    const wang = await signIn(backend, 'u-resident-1')
    const id = await fileReport(wang, { contactPhone: '13900001111' })
    await wang.call(api.urgeTicket, { params: { id: 't-0004' } })
    await wang.call(api.supportTicket, { params: { id: 't-0015' } })
    await wang.call(api.rateTicket, { params: { id: 't-0006' }, body: { stars: 5, comment: '很好' } })
    const views = await Promise.all(
      [id, 't-0004', 't-0006', 't-0015'].map((t) => wang.call(api.getTicket, { params: { id: t } })),
    )

    const reloaded = testBackend({ storage })
    expect(reloaded.store.state.tickets).toEqual(backend.store.state.tickets)
    expect(reloaded.store.state.uploads).toEqual(backend.store.state.uploads)
    expect(reloaded.store.blobs.size).toBe(0)
    const again = await Promise.all(
      [id, 't-0004', 't-0006', 't-0015'].map((t) =>
        callEndpoint(reloaded, api.getTicket, { params: { id: t }, token: wang.token }),
      ),
    )
    expect(again.map((r) => expectOk(r))).toEqual(views.map((r) => expectOk(r)))
    expect(expectOk(again[0]).reporter?.phone).toBe('139****1111')
  })

  it('keeps a thousand tickets in chunks far below 1 MB, writes only the chunk that changed, and drops chunks a reset no longer needs', async () => {
    const base = memoryStorage()
    const backend = testBackend({ storage: base })
    await callEndpoint(backend, api.devSeedTickets, { body: { count: 1000 } })
    const keys = ticketKeys(base)
    expect(keys.length).toBe(1 + Math.ceil(backend.store.state.tickets.length / 50))
    for (const value of Object.values(base.entries())) expect(value.length).toBeLessThan(200_000)

    const { storage, writes, removed } = recording(base)
    const reloaded = testBackend({ storage })
    const wang = await signIn(reloaded, 'u-resident-1')
    writes.length = 0
    await wang.call(api.listTickets, { query: { scope: 'mine' } })
    expect(writes).toEqual([])
    await wang.call(api.urgeTicket, { params: { id: 't-0004' } })
    // the one ticket chunk, the one bucket of the urge's Idempotency-Key record (urging is idempotent)
    // and the grid worker's message about the urge
    expect([...writes].sort()).toEqual([
      expect.stringMatching(/^idempotency#\d+$/),
      'notifications',
      'tickets.0',
    ])

    await callEndpoint(reloaded, api.devReset)
    expect(ticketKeys(base)).toEqual(['tickets', 'tickets.0', 'tickets.1'])
    expect(removed.length).toBe(keys.length - 3)
  })

  it('applies the auto-close on read without writing, and the same again after a reload', async () => {
    const storage = memoryStorage()
    const backend = testBackend({ storage })
    backend.clock.advance(3 * 24 * 60)
    const wang = await signIn(backend, 'u-resident-1')
    const closed = expectOk(await wang.call(api.getTicket, { params: { id: 't-0007' } }))
    expect(closed.status).toBe('closed')
    const after = expectOk(
      await callEndpoint(testBackend({ storage }), api.getTicket, {
        params: { id: 't-0007' },
        token: wang.token,
      }),
    )
    expect(after).toEqual(closed)
  })

  it('reseeds when the tickets are corrupt, and clears the chunks the old data left past the end', async () => {
    const storage = memoryStorage()
    await callEndpoint(testBackend({ storage }), api.devSeedTickets, { body: { count: 200 } })
    expect(ticketKeys(storage)).toHaveLength(1 + 6)
    storage.setItem(sliceKey('tickets'), '{"chunks":')
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const backend = testBackend({ storage })
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
    expect(backend.store.state.tickets.length).toBeLessThan(100)
    expect(ticketKeys(storage)).toEqual(['tickets', 'tickets.0', 'tickets.1'])
    expect(JSON.parse(storage.getItem(sliceKey('tickets.1')) as string).length).toBeGreaterThan(0)
  })
})

import { Ticket } from '../../../src/contract'
import { memoryStorage, sliceKey, type KeyValueStorage } from '../../../mock/persistence'
import { call, testBackend } from './helpers'
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
    await wang.post('/tickets/t-0004/urge')
    await wang.post('/tickets/t-0015/support')
    await wang.post('/tickets/t-0006/rating', { stars: 5, comment: '很好' })
    const views = await Promise.all([id, 't-0004', 't-0006', 't-0015'].map((t) => wang.get(`/tickets/${t}`)))

    const reloaded = testBackend({ storage })
    expect(reloaded.store.state.tickets).toEqual(backend.store.state.tickets)
    expect(reloaded.store.state.uploads).toEqual(backend.store.state.uploads)
    expect(reloaded.store.blobs.size).toBe(0)
    const again = await Promise.all(
      [id, 't-0004', 't-0006', 't-0015'].map((t) =>
        call(reloaded, 'GET', `/tickets/${t}`, { token: wang.token }),
      ),
    )
    expect(again.map((r) => r.body)).toEqual(views.map((r) => r.body))
    expect(Ticket.parse(again[0].body).reporter?.phone).toBe('139****1111')
  })

  it('keeps a thousand tickets in chunks far below 1 MB, writes only the chunk that changed, and drops chunks a reset no longer needs', async () => {
    const base = memoryStorage()
    const backend = testBackend({ storage: base })
    await call(backend, 'POST', '/dev/seed-tickets', { body: { count: 1000 } })
    const keys = ticketKeys(base)
    expect(keys.length).toBe(1 + Math.ceil(backend.store.state.tickets.length / 50))
    for (const value of Object.values(base.entries())) expect(value.length).toBeLessThan(200_000)

    const { storage, writes, removed } = recording(base)
    const reloaded = testBackend({ storage })
    const wang = await signIn(reloaded, 'u-resident-1')
    writes.length = 0
    await wang.get('/tickets', { scope: 'mine' })
    expect(writes).toEqual([])
    await wang.post('/tickets/t-0004/urge')
    expect(writes).toEqual(['tickets.0'])

    await call(reloaded, 'POST', '/dev/reset')
    expect(ticketKeys(base)).toEqual(['tickets', 'tickets.0', 'tickets.1'])
    expect(removed.length).toBe(keys.length - 3)
  })

  it('applies the auto-close on read without writing, and the same again after a reload', async () => {
    const storage = memoryStorage()
    const backend = testBackend({ storage })
    backend.clock.advance(3 * 24 * 60)
    const wang = await signIn(backend, 'u-resident-1')
    const closed = Ticket.parse((await wang.get('/tickets/t-0007')).body)
    expect(closed.status).toBe('closed')
    const after = Ticket.parse(
      (await call(testBackend({ storage }), 'GET', '/tickets/t-0007', { token: wang.token })).body,
    )
    expect(after).toEqual(closed)
  })

  it('reseeds when the tickets are corrupt, and clears the chunks the old data left past the end', async () => {
    const storage = memoryStorage()
    await call(testBackend({ storage }), 'POST', '/dev/seed-tickets', { body: { count: 200 } })
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

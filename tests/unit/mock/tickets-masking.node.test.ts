import { call, SEEDED_USER_IDS, testBackend } from './helpers'
import { CENTER, FULL_PHONE, fileReport, signIn } from './ticket-helpers'

describe('phone numbers in ticket responses', () => {
  it('never appear in full, for anyone, in any ticket endpoint', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    const fresh = await fileReport(wang, { contactPhone: '13900001111', anonymous: true })
    const bodies: string[] = []
    const keep = (res: { body?: unknown }) => bodies.push(JSON.stringify(res.body))
    keep(await wang.post('/tickets/t-0004/urge'))
    keep(await wang.post('/tickets/t-0006/rating', { stars: 5 }))
    const ids = backend.store.state.tickets.map((t) => t.id)
    expect(ids).toContain(fresh)
    for (const userId of SEEDED_USER_IDS) {
      const client = await signIn(backend, userId)
      for (const id of ids) keep(await client.get(`/tickets/${id}`))
      keep(await client.get('/tickets', { scope: 'mine', limit: '50' }))
      keep(
        await client.get('/tickets', {
          scope: 'public',
          lat: String(CENTER.lat),
          lng: String(CENTER.lng),
          limit: '50',
        }),
      )
      keep(
        await client.get('/tickets/nearby', {
          lat: String(CENTER.lat),
          lng: String(CENTER.lng),
          radiusMeters: '5000',
        }),
      )
    }
    keep(await call(backend, 'GET', '/dev/users'))
    expect(bodies.length).toBeGreaterThan(SEEDED_USER_IDS.length * ids.length)
    const leaks = bodies.filter((b) => FULL_PHONE.test(b))
    expect(leaks).toEqual([])
    // the seeded contact phones are there, masked, for their reporters only
    expect(bodies.some((b) => b.includes('136****9988'))).toBe(true)
  })
})

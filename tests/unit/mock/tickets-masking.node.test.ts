import { api } from '../../../src/contract'
import { callEndpoint, SEEDED_USER_IDS, testBackend, type AnyAnswer } from './helpers'
import { CENTER, FULL_PHONE, fileReport, signIn } from './ticket-helpers'

describe('phone numbers in ticket responses', () => {
  it('never appear in full, for anyone, in any ticket endpoint', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    const fresh = await fileReport(wang, { contactPhone: '13900001111', anonymous: true })
    const bodies: string[] = []
    // what went over the wire: a success's body, or a refusal's envelope
    const keep = (res: AnyAnswer) =>
      bodies.push(JSON.stringify(res.ok ? res.body : { error: res.error, requestId: res.requestId }))
    keep(await wang.call(api.urgeTicket, { params: { id: 't-0004' } }))
    keep(await wang.call(api.rateTicket, { params: { id: 't-0006' }, body: { stars: 5 } }))
    const ids = backend.store.state.tickets.map((t) => t.id)
    expect(ids).toContain(fresh)
    for (const userId of SEEDED_USER_IDS) {
      const client = await signIn(backend, userId)
      for (const id of ids) keep(await client.call(api.getTicket, { params: { id } }))
      keep(await client.call(api.listTickets, { query: { scope: 'mine', limit: '50' } }))
      keep(
        await client.call(api.listTickets, {
          query: {
            scope: 'public',
            lat: String(CENTER.lat),
            lng: String(CENTER.lng),
            limit: '50',
          },
        }),
      )
      keep(
        await client.call(api.nearbyTickets, {
          query: {
            lat: String(CENTER.lat),
            lng: String(CENTER.lng),
            radiusMeters: '5000',
          },
        }),
      )
    }
    keep(await callEndpoint(backend, api.devUsers))
    expect(bodies.length).toBeGreaterThan(SEEDED_USER_IDS.length * ids.length)
    const leaks = bodies.filter((b) => FULL_PHONE.test(b))
    expect(leaks).toEqual([])
    // the seeded contact phones are there, masked, for their reporters only
    expect(bodies.some((b) => b.includes('136****9988'))).toBe(true)
  })
})

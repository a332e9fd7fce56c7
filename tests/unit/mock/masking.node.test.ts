import { api, MaskedPhone, type User } from '../../../src/contract'
import { USERS } from '../../../mock/seed'
import { call, callEndpoint, expectOk, loginAs, SEEDED_USER_IDS, testBackend } from './helpers'

const fullPhones = USERS.map((u) => u.phone).filter((p): p is string => p !== null)

function expectMasked(user: User, userId: string) {
  const stored = USERS.find((u) => u.id === userId)?.phone as string
  expect(MaskedPhone.parse(user.phone)).toBe(`${stored.slice(0, 3)}****${stored.slice(-4)}`)
}

describe('phone numbers', () => {
  it('every seeded user has a full phone in the store', () => {
    expect(fullPhones).toHaveLength(SEEDED_USER_IDS.length)
    for (const p of fullPhones) expect(p).toMatch(/^1\d{10}$/)
  })

  it.each(SEEDED_USER_IDS)('are masked in every user-returning response for %s', async (userId) => {
    const backend = testBackend()
    const login = await callEndpoint(backend, api.login, { body: { code: `dev:${userId}` } })
    const { token, user } = expectOk(login)
    expectMasked(user, userId)
    expectMasked(expectOk(await callEndpoint(backend, api.me, { token })), userId)
    expectMasked(
      expectOk(await callEndpoint(backend, api.patchMe, { token, body: { nickname: '改个名' } })),
      userId,
    )
  })

  it('never appear in full in any GET response of the contract', async () => {
    const backend = testBackend()
    const queries: Record<string, Record<string, string>> = {
      reverseGeo: { lat: '34.745417', lng: '113.631447' },
      nearbyTickets: { lat: '34.745417', lng: '113.631447', radiusMeters: '5000' },
      listTickets: { scope: 'mine', limit: '50' },
      ticketMap: { bbox: '113.60,34.72,113.66,34.77' },
    }
    const gets = Object.entries(api).filter(([, e]) => e.method === 'GET' && !e.path.includes(':'))
    expect(gets.length).toBeGreaterThan(4)
    for (const userId of SEEDED_USER_IDS) {
      const token = await loginAs(backend, userId)
      const role = USERS.find((u) => u.id === userId)?.role
      for (const [id, e] of gets) {
        const res = await call(backend, 'GET', e.path, { token, query: queries[id] ?? {} })
        // volunteer and points are for residents and merchants: grid workers are refused
        const allowed = typeof e.access === 'string' || (role !== undefined && e.access.includes(role))
        expect([id, res.status]).toEqual([id, allowed ? 200 : 403])
        const text = JSON.stringify(res.body)
        for (const phone of fullPhones) expect(text).not.toContain(phone)
      }
    }
  })
})

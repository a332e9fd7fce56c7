import fc from 'fast-check'
import { api, type EndpointInput, type StatusFilter } from '../../../src/contract'
import { distanceMeters } from '../../../mock/geo'
import { callEndpoint, expectError, expectOk, testBackend } from './helpers'
import { CENTER, fileReport, signIn, type Client } from './ticket-helpers'

const MINE = [
  't-0001',
  't-0002',
  't-0003',
  't-0004',
  't-0005',
  't-0006',
  't-0007',
  't-0008',
  't-0009',
  't-0010',
]
/** all 王秀兰 reported */
const REPORTED = [...MINE, 't-0011', 't-0012']
/** someone else's ticket 王秀兰 pressed 我也遇到 on */
const FOLLOWED = ['t-0013']

type ListQuery = NonNullable<EndpointInput<typeof api.listTickets>['query']>
type NearbyQuery = NonNullable<EndpointInput<typeof api.nearbyTickets>['query']>

async function items(client: Client, query: ListQuery) {
  const res = await client.call(api.listTickets, { query })
  expect(res.status).toBe(200)
  return expectOk(res)
}

async function allPages(client: Client, query: ListQuery) {
  const seen: string[] = []
  let cursor: string | null = null
  do {
    const page: Awaited<ReturnType<typeof items>> = await items(client, cursor ? { ...query, cursor } : query)
    seen.push(...page.items.map((t) => t.id))
    cursor = page.nextCursor
  } while (cursor)
  return seen
}

describe('GET /tickets?scope=mine', () => {
  it('lists what I reported, and what I follow under its own scope, newest first', async () => {
    const wang = await signIn(testBackend(), 'u-resident-1')
    const following = await items(wang, { scope: 'following', limit: '50' })
    expect(following.items.map((t) => t.id).sort()).toEqual(FOLLOWED)
    expect(following.items.every((t) => !t.mine && t.supportedByMe && !t.can.support)).toBe(true)
    const { items: list, nextCursor } = await items(wang, { scope: 'mine', limit: '50' })
    expect(nextCursor).toBeNull()
    expect(list.map((t) => t.id).sort()).toEqual(REPORTED)
    expect(list.every((t) => t.mine && !t.can.support)).toBe(true)
    const times = list.map((t) => Date.parse(t.createdAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it.each<[StatusFilter, string[]]>([
    ['pending', ['t-0001', 't-0002']],
    ['in_progress', ['t-0003', 't-0004', 't-0005', 't-0012']],
    ['resolved', ['t-0006', 't-0007']],
    ['closed', ['t-0008', 't-0011']],
    ['ended', ['t-0009', 't-0010']],
  ])('filters by the %s tab', async (status, expected) => {
    const wang = await signIn(testBackend(), 'u-resident-1')
    expect((await allPages(wang, { scope: 'mine', status, limit: '2' })).sort()).toEqual(expected)
  })

  it('pages without duplicates or gaps, also when a ticket is filed between pages', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    const everything = await allPages(wang, { scope: 'mine', limit: '50' })
    const first = await items(wang, { scope: 'mine', limit: '4' })
    const newId = await fileReport(wang)
    const rest = await allPages(wang, { scope: 'mine', limit: '4', cursor: String(first.nextCursor) })
    expect([...first.items.map((t) => t.id), ...rest]).toEqual(everything)
    expect((await items(wang, { scope: 'mine', limit: '4' })).items[0].id).toBe(newId)
  })

  it('pages any page size through a bench-sized list with inserts in between (property)', async () => {
    const backend = testBackend()
    await callEndpoint(backend, api.devSeedTickets, { body: { count: 300 } })
    const wang = await signIn(backend, 'u-resident-1')
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 3 }),
        async (limit, insertAt) => {
          const expected = await allPages(wang, { scope: 'mine', limit: '50' })
          const seen: string[] = []
          let cursor: string | null = null
          let page = 0
          do {
            if (page++ === insertAt) await fileReport(wang)
            const res: Awaited<ReturnType<typeof items>> = await items(wang, {
              scope: 'mine',
              limit: String(limit),
              ...(cursor ? { cursor } : {}),
            })
            expect(res.items.length).toBeLessThanOrEqual(limit)
            seen.push(...res.items.map((t) => t.id))
            cursor = res.nextCursor
          } while (cursor)
          // the insert lands above the pages already read (or on the first page), never in between
          expect(seen.filter((id) => expected.includes(id))).toEqual(expected)
          expect(new Set(seen).size).toBe(seen.length)
        },
      ),
      { numRuns: 12 },
    )
  })

  it('refuses a cursor it did not make, and a limit over 50', async () => {
    const wang = await signIn(testBackend(), 'u-resident-1')
    const bad = await wang.call(api.listTickets, { query: { scope: 'mine', cursor: 'not-a-cursor' } })
    expect([bad.status, expectError(bad).error.fields]).toEqual([400, { cursor: '列表已过期，请下拉刷新' }])
    expect((await wang.call(api.listTickets, { query: { scope: 'mine', limit: '51' } })).status).toBe(400)
  })
})

describe('GET /tickets?scope=public', () => {
  it('shows tickets within the radius, never rejected or merged ones', async () => {
    const zhang = await signIn(testBackend(), 'u-resident-2')
    const query: ListQuery = {
      scope: 'public',
      lat: String(CENTER.lat),
      lng: String(CENTER.lng),
      limit: '50',
    }
    const ids = await allPages(zhang, query)
    expect(ids).toEqual(expect.arrayContaining(['t-0001', 't-0013', 't-0014', 't-0015', 't-0016']))
    expect(ids).not.toContain('t-0009')
    expect(ids).not.toContain('t-0010')
    const { items: list } = await items(zhang, query)
    for (const t of list) {
      expect(['rejected', 'merged']).not.toContain(t.status)
      expect(distanceMeters(CENTER, t.location)).toBeLessThanOrEqual(1000)
    }
    const near = await allPages(zhang, { ...query, radiusMeters: '60' })
    expect(near.sort()).toEqual(['t-0014', 't-0015', 't-0016'])
  })

  it('shows a community’s tickets, and asks for a place or a community', async () => {
    const zhang = await signIn(testBackend(), 'u-resident-2')
    const { items: list } = await items(zhang, { scope: 'public', communityId: 'c-xili-lu', limit: '50' })
    expect(list.length).toBeGreaterThan(3)
    for (const t of list) expect(t.communityName).toBe('西里路社区')
    const res = await zhang.call(api.listTickets, { query: { scope: 'public' } })
    expect([res.status, expectError(res).error.fields]).toEqual([400, { communityId: '请提供位置或社区' }])
  })
})

describe('GET /tickets/nearby', () => {
  it('offers other people’s open tickets of the category near the point, nearest first', async () => {
    const wang = await signIn(testBackend(), 'u-resident-1')
    const near = (query: Partial<NearbyQuery>) =>
      wang.call(api.nearbyTickets, { query: { lat: String(CENTER.lat), lng: String(CENTER.lng), ...query } })
    const poles = expectOk(await near({ categoryId: 'cat-road-pole' })).items
    expect(poles.map((t) => t.id)).toEqual(['t-0015', 't-0016'])
    const lamps = expectOk(await near({ categoryId: 'cat-road-lamp' })).items
    expect(lamps.map((t) => t.id)).toEqual(['t-0014'])
    expect(expectOk(await near({ categoryId: 'cat-road-pole', radiusMeters: '35' })).items).toHaveLength(1)
  })

  it('never offers my own tickets, and at most 5', async () => {
    const backend = testBackend()
    await callEndpoint(backend, api.devSeedTickets, { body: { count: 200 } })
    const merchant = await signIn(backend, 'u-merchant-1')
    const res = await merchant.call(api.nearbyTickets, {
      query: {
        lat: String(CENTER.lat),
        lng: String(CENTER.lng),
        radiusMeters: '5000',
      },
    })
    const found = expectOk(res).items
    expect(found).toHaveLength(5)
    expect(found.map((t) => t.id)).not.toContain('t-0015')
    const d = found.map((t) => distanceMeters(CENTER, t.location))
    expect(d).toEqual([...d].sort((a, b) => a - b))
    for (const t of found) expect(['submitted', 'accepted', 'dispatched', 'processing']).toContain(t.status)
  })
})

import fc from 'fast-check'
import { TicketSummary, type StatusFilter } from '../../../src/contract'
import { distanceMeters } from '../../../mock/geo'
import { call, envelope, testBackend } from './helpers'
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
const WANG_LIST = [...MINE, 't-0011', 't-0012', 't-0013']

async function items(client: Client, query: Record<string, string>) {
  const res = await client.get('/tickets', query)
  expect(res.status).toBe(200)
  const body = res.body as { items: unknown[]; nextCursor: string | null }
  return { items: body.items.map((t) => TicketSummary.parse(t)), nextCursor: body.nextCursor }
}

async function allPages(client: Client, query: Record<string, string>) {
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
  it('lists what I reported and what I follow, newest first', async () => {
    const wang = await signIn(testBackend(), 'u-resident-1')
    const { items: list, nextCursor } = await items(wang, { scope: 'mine', limit: '50' })
    expect(nextCursor).toBeNull()
    expect(list.map((t) => t.id).sort()).toEqual(WANG_LIST)
    const times = list.map((t) => Date.parse(t.createdAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it.each<[StatusFilter, string[]]>([
    ['pending', ['t-0001', 't-0002']],
    ['in_progress', ['t-0003', 't-0004', 't-0005', 't-0012', 't-0013']],
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
    const rest = await allPages(wang, { scope: 'mine', limit: '4', cursor: first.nextCursor as string })
    expect([...first.items.map((t) => t.id), ...rest]).toEqual(everything)
    expect((await items(wang, { scope: 'mine', limit: '4' })).items[0].id).toBe(newId)
  })

  it('pages any page size through a bench-sized list with inserts in between (property)', async () => {
    const backend = testBackend()
    await call(backend, 'POST', '/dev/seed-tickets', { body: { count: 300 } })
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
    const bad = await wang.get('/tickets', { scope: 'mine', cursor: 'not-a-cursor' })
    expect([bad.status, envelope(bad).error.fields]).toEqual([400, { cursor: '列表已过期，请下拉刷新' }])
    expect((await wang.get('/tickets', { scope: 'mine', limit: '51' })).status).toBe(400)
  })
})

describe('GET /tickets?scope=public', () => {
  it('shows tickets within the radius, never rejected or merged ones', async () => {
    const zhang = await signIn(testBackend(), 'u-resident-2')
    const query = { scope: 'public', lat: String(CENTER.lat), lng: String(CENTER.lng), limit: '50' }
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
    const res = await zhang.get('/tickets', { scope: 'public' })
    expect([res.status, envelope(res).error.fields]).toEqual([400, { communityId: '请提供位置或社区' }])
  })
})

describe('GET /tickets/nearby', () => {
  it('offers other people’s open tickets of the category near the point, nearest first', async () => {
    const wang = await signIn(testBackend(), 'u-resident-1')
    const near = (query: Record<string, string>) =>
      wang.get('/tickets/nearby', { lat: String(CENTER.lat), lng: String(CENTER.lng), ...query })
    const poles = ((await near({ categoryId: 'cat-road-pole' })).body as { items: unknown[] }).items
    expect(poles.map((t) => TicketSummary.parse(t).id)).toEqual(['t-0015', 't-0016'])
    const lamps = ((await near({ categoryId: 'cat-road-lamp' })).body as { items: unknown[] }).items
    expect(lamps.map((t) => TicketSummary.parse(t).id)).toEqual(['t-0014'])
    expect(
      ((await near({ categoryId: 'cat-road-pole', radiusMeters: '35' })).body as { items: unknown[] }).items,
    ).toHaveLength(1)
  })

  it('never offers my own tickets, and at most 5', async () => {
    const backend = testBackend()
    await call(backend, 'POST', '/dev/seed-tickets', { body: { count: 200 } })
    const merchant = await signIn(backend, 'u-merchant-1')
    const res = await merchant.get('/tickets/nearby', {
      lat: String(CENTER.lat),
      lng: String(CENTER.lng),
      radiusMeters: '5000',
    })
    const found = (res.body as { items: unknown[] }).items.map((t) => TicketSummary.parse(t))
    expect(found).toHaveLength(5)
    expect(found.map((t) => t.id)).not.toContain('t-0015')
    const d = found.map((t) => distanceMeters(CENTER, t.location))
    expect(d).toEqual([...d].sort((a, b) => a - b))
    for (const t of found) expect(['submitted', 'accepted', 'dispatched', 'processing']).toContain(t.status)
  })
})

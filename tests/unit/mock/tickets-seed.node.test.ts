import { api, type EndpointOutput } from '../../../src/contract'
import { distanceMeters, reverseGeocode } from '../../../mock/geo'
import { replay } from '../../../mock/tickets/lifecycle'
import { StoredTicket } from '../../../mock/tickets/model'
import { photoUrl } from '../../../mock/tickets/photos'
import { isOverdue, lastUrgedAt } from '../../../mock/tickets/rules'
import { seedTickets } from '../../../mock/tickets/seed'
import { callEndpoint, expectOk, T0, testBackend } from './helpers'
import { CENTER, signIn } from './ticket-helpers'

const HOUR = 3600_000
const DAY = 24 * HOUR
const tickets = seedTickets(T0)
const byId = (id: string) => tickets.find((t) => t.id === id) as StoredTicket

describe('seeded tickets', () => {
  it('are stored-shape valid, replay through the lifecycle, and sit in the service area of their grid', () => {
    expect(tickets.map((t) => t.id).slice(0, 3)).toEqual(['t-0001', 't-0002', 't-0003'])
    for (const t of tickets) {
      StoredTicket.parse(t)
      expect([t.id, replay(t.timeline)]).toEqual([t.id, t.status])
      expect(reverseGeocode(t.location)).toMatchObject({ inServiceArea: true, gridId: t.gridId })
    }
  })

  it('cover every state and a few months, with overdue, anonymous and supported ones', () => {
    const statuses = new Set(tickets.map((t) => t.status))
    expect([...statuses].sort()).toEqual(
      [
        'accepted',
        'closed',
        'dispatched',
        'merged',
        'processing',
        'rejected',
        'resolved',
        'submitted',
      ].sort(),
    )
    expect(Math.min(...tickets.map((t) => t.createdAt))).toBeLessThan(T0 - 60 * DAY)
    expect(tickets.filter((t) => isOverdue(t, T0)).length).toBeGreaterThanOrEqual(3)
    expect(tickets.filter((t) => t.anonymous).length).toBeGreaterThanOrEqual(2)
    expect(tickets.filter((t) => t.supporterIds.length > 0).length).toBeGreaterThanOrEqual(3)
    for (const t of tickets.filter((x) => x.status === 'resolved' || x.status === 'closed')) {
      expect(t.timeline.find((e) => e.kind === 'resolved')?.photos.length).toBeGreaterThan(0)
    }
    for (const t of tickets.filter((x) => x.status === 'dispatched' || x.status === 'processing')) {
      expect(t.deadline).not.toBeNull()
    }
  })

  it('give u-resident-1 one ticket in every situation the app shows', () => {
    const status = (id: string) => [id, byId(id).status, byId(id).reporterId]
    expect(['t-0001', 't-0002'].map(status)).toEqual([
      ['t-0001', 'submitted', 'u-resident-1'],
      ['t-0002', 'submitted', 'u-resident-1'],
    ])
    expect(status('t-0003')).toEqual(['t-0003', 'accepted', 'u-resident-1'])
    expect([byId('t-0004').status, isOverdue(byId('t-0004'), T0), lastUrgedAt(byId('t-0004'))]).toEqual([
      'dispatched',
      true,
      null,
    ])
    expect(byId('t-0005').status).toBe('processing')
    expect(T0 - (lastUrgedAt(byId('t-0005')) as number)).toBeLessThan(DAY)
    for (const id of ['t-0006', 't-0007']) {
      expect(byId(id).status).toBe('resolved')
      expect(T0 - (byId(id).resolvedAt as number)).toBeLessThan(7 * DAY)
    }
    expect(byId('t-0008')).toMatchObject({ status: 'closed', rating: { stars: 5 } })
    expect(byId('t-0009').status).toBe('rejected')
    expect(byId('t-0010')).toMatchObject({ status: 'merged', mergedIntoId: 't-0014' })
    expect(byId('t-0011').timeline.at(-1)?.kind).toBe('closed')
    expect(byId('t-0012').timeline.map((e) => e.kind)).toContain('reopened')
    expect(byId('t-0013').supporterIds).toContain('u-resident-1')
  })

  it('have other people’s open poles and lamps within 50 m of 创业路社区’s center (the duplicate prompt)', () => {
    const near = (categoryId: string) =>
      tickets.filter(
        (t) =>
          t.categoryId === categoryId &&
          t.reporterId !== 'u-resident-1' &&
          ['submitted', 'accepted', 'dispatched', 'processing'].includes(t.status) &&
          distanceMeters(CENTER, t.location) <= 50,
      )
    expect(near('cat-road-pole').length).toBeGreaterThanOrEqual(1)
    expect(near('cat-road-lamp').length).toBeGreaterThanOrEqual(1)
    for (const t of [...near('cat-road-pole'), ...near('cat-road-lamp')])
      expect(t.supporterIds).not.toContain('u-resident-1')
  })

  it('show tiny inline SVG cards with the category name as photos', () => {
    const url = photoUrl(byId('t-0001').photos[0].id, T0)
    expect(url).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg /)
    expect(url.length).toBeLessThan(600)
    expect(decodeURIComponent(url)).toContain('线杆倾斜断裂')
    expect(decodeURIComponent(photoUrl(byId('t-0006').timeline.at(-1)!.photos[0].id, T0))).toContain(
      '已处理 · 井盖缺失',
    )
  })

  it('are the same for the same moment (a reset gives the same ids and stories)', () => {
    expect(JSON.stringify(seedTickets(T0))).toBe(JSON.stringify(tickets))
  })
})

describe('POST /dev/seed-tickets', () => {
  it('makes 1,000 varied tickets for u-resident-1 in well under a second, and 我的上报 pages through them', async () => {
    const backend = testBackend()
    const before = backend.store.state.tickets.length
    const started = Date.now()
    const res = await callEndpoint(backend, api.devSeedTickets, { body: { count: 1000 } })
    const took = Date.now() - started
    expect([res.status, expectOk(res)]).toEqual([200, { created: 1000 }])
    expect(took).toBeLessThan(1000)
    const added = backend.store.state.tickets.slice(before)
    expect(added).toHaveLength(1000)
    expect(new Set(added.map((t) => t.status)).size).toBe(8)
    expect(new Set(added.map((t) => t.categoryId)).size).toBeGreaterThan(10)
    for (const t of added) {
      expect(t.reporterId).toBe('u-resident-1')
      expect(replay(t.timeline)).toBe(t.status)
    }

    const wang = await signIn(backend, 'u-resident-1')
    const ids: string[] = []
    let cursor: string | null = null
    do {
      const body: EndpointOutput<typeof api.listTickets> = expectOk(
        await wang.call(api.listTickets, {
          query: { scope: 'mine', limit: '50', ...(cursor ? { cursor } : {}) },
        }),
      )
      ids.push(...body.items.map((t) => t.id))
      cursor = body.nextCursor
    } while (cursor)
    // the 1,000 new ones and the 12 she had reported (the one she follows is under scope=following)
    expect(ids).toHaveLength(1012)
    expect(new Set(ids).size).toBe(1012)
    expectOk(await wang.call(api.getTicket, { params: { id: added[500].id } }))
  })
})

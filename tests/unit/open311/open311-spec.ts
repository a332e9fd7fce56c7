import type { MockBackend } from '../../../mock/backend'
import { CATEGORY_TREE, DEPARTMENTS } from '../../../mock/seed-reference'
import { formatIso } from '../../../mock/clock'
import { SEEDED_USER_IDS, T0 } from '../mock/helpers'
import { fileReport, signIn } from '../mock/ticket-helpers'

/** What a test reaches the Open311 view through: a binding (node:http or msw) over `backend`. */
export interface Open311Target {
  backend: MockBackend
  /** GET (or another method) of a path under the origin, e.g. /open311/v2/services.json */
  fetch(path: string, init?: RequestInit): Promise<Response>
}

const FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'lat',
  'long',
  'media_url',
]
const DAY = 24 * 60 * 60 * 1000
const OPEN = ['submitted', 'accepted', 'dispatched', 'processing']

type Req = Record<string, unknown> & {
  service_request_id: string
  status: string
  requested_datetime: string
}

/** No phone, whole or masked, and nothing that names a reporter. */
function assertPrivate(text: string, names: string[]): void {
  expect(text).not.toMatch(/(?<!\d)1\d{2}[\d*]{4}\d{4}(?!\d)/)
  expect(text).not.toMatch(/"(reporter|phone|contact\w*|anonymous|user\w*)"/i)
  for (const name of names) expect(text).not.toContain(name)
}

export function describeOpen311(binding: string, setup: () => Open311Target): void {
  describe(`Open311 GeoReport v2 over ${binding}`, () => {
    let target: Open311Target
    let reporterNames: string[]
    beforeAll(() => {
      target = setup()
    })
    beforeEach(() => {
      target.backend.reset()
      const users = target.backend.store.state.users as { nickname: string }[]
      reporterNames = users.map((u) => u.nickname)
      expect(reporterNames.length).toBeGreaterThanOrEqual(SEEDED_USER_IDS.length)
    })

    async function get(path: string): Promise<{ status: number; body: unknown; text: string }> {
      const res = await target.fetch(path)
      const text = await res.text()
      expect(res.headers.get('content-type')).toMatch(/application\/json/)
      return { status: res.status, text, body: JSON.parse(text) }
    }

    it('lists every leaf category as a service, grouped by its parent', async () => {
      const { status, body } = await get('/open311/v2/services.json')
      expect(status).toBe(200)
      const leaves = CATEGORY_TREE.flatMap((g) => g.children.map((c) => ({ g, c })))
      expect(body).toHaveLength(leaves.length)
      for (const { g, c } of leaves) {
        const s = (body as Record<string, unknown>[]).find((x) => x.service_code === c.id)
        expect(s).toEqual({
          service_code: c.id,
          service_name: c.name,
          description: expect.stringContaining(c.departmentName),
          metadata: false,
          type: 'realtime',
          keywords: expect.stringContaining(c.name),
          group: g.name,
        })
      }
    })

    it('lists the last 90 days of requests, newest first, with the spec’s field names only', async () => {
      // two months on, the older half of the seeded tickets is past the default window
      target.backend.clock.advance(60 * 24 * 60)
      const { status, body, text } = await get('/open311/v2/requests.json')
      expect(status).toBe(200)
      const items = body as Req[]
      const stored = target.backend.store.state.tickets
      const recent = stored.filter((t) => t.createdAt >= target.backend.clock.now() - 90 * DAY)
      expect(items.length).toBe(recent.length)
      expect(items.length).toBeGreaterThan(10)
      expect(items.length).toBeLessThan(stored.length)
      const times = items.map((r) => Date.parse(r.requested_datetime))
      expect(times).toEqual([...times].sort((a, b) => b - a))
      for (const r of items) {
        for (const key of Object.keys(r)) expect(FIELDS).toContain(key)
        const t = stored.find((x) => x.id === r.service_request_id)!
        expect(r.status).toBe(OPEN.includes(t.status) ? 'open' : 'closed')
        expect(r).toMatchObject({ service_code: t.categoryId, lat: t.location.lat, long: t.location.lng })
        expect(r.requested_datetime).toBe(formatIso(t.createdAt))
      }
      expect(new Set(items.map((r) => r.status))).toEqual(new Set(['open', 'closed']))
      assertPrivate(text, reporterNames)
    })

    it('gives one request as a one-element array, with deadline, department, SLA and photo', async () => {
      const { status, body, text } = await get('/open311/v2/requests/t-0004.json')
      expect(status).toBe(200)
      expect(body).toHaveLength(1)
      const t = target.backend.store.state.tickets.find((x) => x.id === 't-0004')!
      expect((body as Req[])[0]).toEqual({
        service_request_id: 't-0004',
        status: 'open',
        status_notes: expect.any(String),
        service_name: '水管漏水',
        service_code: 'cat-water-leak',
        description: t.description,
        agency_responsible: DEPARTMENTS.find((d) => d.id === 'd-water')!.name,
        service_notice: '派单后 1 天内办结',
        requested_datetime: formatIso(t.createdAt),
        updated_datetime: formatIso(t.updatedAt),
        expected_datetime: formatIso(t.deadline!),
        address: t.address,
        lat: t.location.lat,
        long: t.location.lng,
        media_url: expect.stringMatching(/^(data:image\/|https?:\/\/)/),
      })
      assertPrivate(text, reporterNames)
      const closed = (await get('/open311/v2/requests/t-0009.json')).body as Req[]
      expect(closed[0]).toMatchObject({ status: 'closed', status_notes: expect.any(String) })
    })

    it('filters by status, service_code and dates, comma lists included', async () => {
      const open = (await get('/open311/v2/requests.json?status=open')).body as Req[]
      expect(open.length).toBeGreaterThan(0)
      expect(open.every((r) => r.status === 'open')).toBe(true)
      const codes = (
        await get('/open311/v2/requests.json?service_code=cat-road-pole,cat-water-leak&status=open,closed')
      ).body as Req[]
      expect(codes.length).toBeGreaterThan(0)
      expect(new Set(codes.map((r) => r.service_code))).toEqual(new Set(['cat-road-pole', 'cat-water-leak']))
      const start = formatIso(T0 - 3 * DAY)
      const end = formatIso(T0 - 1 * DAY)
      const window = (
        await get(
          `/open311/v2/requests.json?start_date=${encodeURIComponent(start)}&end_date=${encodeURIComponent(end)}`,
        )
      ).body as Req[]
      expect(window.length).toBeGreaterThan(0)
      for (const r of window) {
        const at = Date.parse(r.requested_datetime)
        expect(at >= T0 - 3 * DAY - 1000 && at <= T0 - DAY).toBe(true)
      }
      const all = (await get('/open311/v2/requests.json?start_date=2000-01-01')).body as Req[]
      expect(all.length).toBe(target.backend.store.state.tickets.length)
    })

    it('refuses bad filters, other formats, writes and unknown ids with the spec’s error array', async () => {
      for (const [path, code] of [
        ['/open311/v2/requests.json?start_date=yesterday', 400],
        ['/open311/v2/requests.json?status=pending', 400],
        ['/open311/v2/requests.json?start_date=2026-11-20&end_date=2026-11-01', 400],
        ['/open311/v2/requests.xml', 400],
        ['/open311/v2/services.xml', 400],
        ['/open311/v2/requests/t-9999.json', 404],
        ['/open311/v2/discovery.json', 404],
      ] as const) {
        const { status, body } = await get(path)
        expect([path, status]).toEqual([path, code])
        expect(body).toEqual([{ code, description: expect.stringMatching(/[\u4e00-\u9fa5]/) }])
      }
      const post = await target.fetch('/open311/v2/requests.json', { method: 'POST', body: '{}' })
      expect(post.status).toBe(405)
    })

    it('never shows who reported, nor a phone typed into the description', async () => {
      const resident = await signIn(target.backend, 'u-resident-2')
      const id = await fileReport(resident, {
        anonymous: true,
        contactPhone: '13912345678',
        description: '井盖松了，有事打我电话 13912345678 或 139 1234 5678',
      })
      const { body, text } = await get(`/open311/v2/requests/${id}.json`)
      expect((body as Req[])[0].description).toBe('井盖松了，有事打我电话 [电话已隐藏] 或 [电话已隐藏]')
      expect(text).not.toContain('5678')
      assertPrivate(text, reporterNames)
      assertPrivate((await get('/open311/v2/requests.json?start_date=2000-01-01')).text, reporterNames)
    })
  })
}

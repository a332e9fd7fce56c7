import { z } from 'zod'
import type { MockBackend } from '../../../mock/backend'
import { CATEGORY_TREE, DEPARTMENTS } from '../../../mock/seed-reference'
import { formatIso } from '../../../mock/clock'
import { distanceMeters } from '../../../mock/geo'
import { gcj02ToWgs84 } from '../../../src/contract/datum'
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
/**
 * A service request as GeoReport v2 lists its fields (GET requests.json): the spec's names and
 * types, W3C datetimes, WGS-84 lat/long, an absolute media_url; nothing else (strict).
 */
const GeoReportRequest = z
  .object({
    service_request_id: z.string().min(1),
    status: z.enum(['open', 'closed']),
    status_notes: z.string().nullable(),
    service_name: z.string().min(1),
    service_code: z.string().min(1),
    description: z.string(),
    agency_responsible: z.string().nullable(),
    service_notice: z.string().nullable(),
    requested_datetime: z.iso.datetime({ offset: true }),
    updated_datetime: z.iso.datetime({ offset: true }),
    expected_datetime: z.iso.datetime({ offset: true }).nullable(),
    address: z.string(),
    address_id: z.string().optional(),
    zipcode: z.string().optional(),
    lat: z.number().min(-90).max(90),
    long: z.number().min(-180).max(180),
    media_url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict()

const DAY = 24 * 60 * 60 * 1000
const OPEN = ['submitted', 'accepted', 'dispatched', 'processing']

type Req = Record<string, unknown> & {
  service_request_id: string
  status: string
  requested_datetime: string
}

/** WGS-84 as GeoReport v2 means it: the stored GCJ-02 point converted, about 500 m off it here. */
function expectWgs84(r: Record<string, unknown>, gcj: { lat: number; lng: number }): void {
  const wgs = gcj02ToWgs84(gcj)
  expect(r.lat).toBeCloseTo(wgs.lat, 5)
  expect(r.long).toBeCloseTo(wgs.lng, 5)
  const shift = distanceMeters(gcj, { lat: r.lat as number, lng: r.long as number })
  expect(shift).toBeGreaterThan(300)
  expect(shift).toBeLessThan(800)
}

/** No full phone number (masked ones are fine), and nothing that names a reporter. */
function assertPrivate(full: string, names: string[]): void {
  // a photo URL's hex signature may hold a run of digits by chance: it is no phone number
  const text = full.replace(/"media_url":"[^"]*"/g, '')
  expect(text).not.toMatch(/(?<!\d)1\d{10}(?!\d)/)
  expect(text).not.toMatch(/(?<!\d)1\d{2}[ -]?\d{4}[ -]?\d{4}(?!\d)/)
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
        expect(GeoReportRequest.safeParse(r).error?.issues ?? []).toEqual([])
        for (const key of Object.keys(r)) expect(FIELDS).toContain(key)
        const t = stored.find((x) => x.id === r.service_request_id)!
        expect(r.status).toBe(OPEN.includes(t.status) ? 'open' : 'closed')
        expect(r).toMatchObject({ service_code: t.categoryId })
        expectWgs84(r, t.location)
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
        lat: expect.any(Number),
        long: expect.any(Number),
        // seeded tickets too: a real image URL, never a data: URI
        media_url: expect.stringMatching(/^https?:\/\/[^/]+\/mock-uploads\/sp-[\w-]+\?exp=\d+&sig=[a-p]+$/),
      })
      expectWgs84((body as Req[])[0], t.location)
      const image = await target.fetch(
        new URL((body as Req[])[0].media_url as string).pathname +
          new URL((body as Req[])[0].media_url as string).search,
      )
      expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/svg+xml; charset=utf-8'])
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
      // one bound alone means the 90 days after start_date, or before end_date
      const before = (await get(`/open311/v2/requests.json?end_date=${encodeURIComponent(end)}`))
        .body as Req[]
      expect(before.length).toBeGreaterThan(0)
      for (const r of before) {
        const at = Date.parse(r.requested_datetime)
        expect(at >= T0 - DAY - 90 * DAY && at <= T0 - DAY).toBe(true)
      }
      expect((await get('/open311/v2/requests.json?start_date=2000-01-01')).body).toEqual([])
      const stored = target.backend.store.state.tickets
      const recent = stored.filter((t) => t.createdAt >= T0 - 89 * DAY)
      const last89 = (
        await get(`/open311/v2/requests.json?start_date=${encodeURIComponent(formatIso(T0 - 89 * DAY))}`)
      ).body as Req[]
      expect(last89.length).toBe(recent.length)
    })

    it('filters by a WGS-84 point and radius, converted to the store’s GCJ-02', async () => {
      const t = target.backend.store.state.tickets.find((x) => x.id === 't-0014')!
      const wgs = gcj02ToWgs84(t.location)
      const near = (await get(`/open311/v2/requests.json?lat=${wgs.lat}&long=${wgs.lng}&radius=60`))
        .body as Req[]
      expect(near.map((r) => r.service_request_id)).toContain('t-0014')
      // the GCJ-02 numbers read as WGS-84 are ~500 m away: nothing within 60 m of them is t-0014
      const wrong = (
        await get(`/open311/v2/requests.json?lat=${t.location.lat}&long=${t.location.lng}&radius=60`)
      ).body as Req[]
      expect(wrong.map((r) => r.service_request_id)).not.toContain('t-0014')
    })

    it('refuses bad filters, other formats, writes and unknown ids with the spec’s error array', async () => {
      for (const [path, code] of [
        ['/open311/v2/requests.json?start_date=yesterday', 400],
        ['/open311/v2/requests.json?status=pending', 400],
        ['/open311/v2/requests.json?start_date=2026-11-20&end_date=2026-11-01', 400],
        ['/open311/v2/requests.json?start_date=2026-01-01&end_date=2026-06-01', 400],
        ['/open311/v2/requests.json?start_date=2026-02-30', 400],
        ['/open311/v2/requests.json?end_date=2026-13-01', 400],
        ['/open311/v2/requests.json?start_date=2026-11-01T25:00:00Z', 400],
        ['/open311/v2/requests.json?lat=34.7', 400],
        ['/open311/v2/requests/%E4%B8.json', 400],
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
      expect((body as Req[])[0].description).toBe('井盖松了，有事打我电话 139****5678 或 139****5678')
      expect(text).not.toContain('13912345678')
      assertPrivate(text, reporterNames)
      assertPrivate((await get('/open311/v2/requests.json')).text, reporterNames)
    })
  })
}

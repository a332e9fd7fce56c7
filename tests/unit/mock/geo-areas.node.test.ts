import fc from 'fast-check'
import { api, GeoAreas } from '../../../src/contract'
import { insideRing, offsetMeters, reverseGeocode } from '../../../mock/geo'
import { COMMUNITIES } from '../../../mock/seed'
import { callEndpoint, expectError, expectOk, loginAs, testBackend } from './helpers'

async function signedIn() {
  const backend = testBackend()
  return { backend, token: await loginAs(backend, 'u-resident-1') }
}

describe('GET /geo/areas', () => {
  it('answers every community and grid as a ring, and the roads their addresses name', async () => {
    const { backend, token } = await signedIn()
    const areas = GeoAreas.parse(expectOk(await callEndpoint(backend, api.geoAreas, { token })))
    expect(areas.communities.map((c) => c.id)).toEqual(COMMUNITIES.map((c) => c.id))
    expect(areas.grids.map((g) => g.id)).toEqual(COMMUNITIES.flatMap((c) => c.grids.map((g) => g.id)))
    for (const c of COMMUNITIES) {
      for (const road of c.roads) expect(areas.roads.map((r) => r.name)).toContain(road)
    }
    for (const p of areas.communities.flatMap((c) => c.ring)) {
      expect(p.lng).toBeGreaterThanOrEqual(areas.bounds.minLng)
      expect(p.lat).toBeLessThanOrEqual(areas.bounds.maxLat)
    }
  })

  it('agrees with /geo/reverse: a point inside a grid ring is that grid, outside every ring is out of area', async () => {
    const { backend, token } = await signedIn()
    const areas = expectOk(await callEndpoint(backend, api.geoAreas, { token }))
    const { minLng, minLat, maxLng, maxLat } = areas.bounds
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, y) => {
          const point = { lng: minLng + x * (maxLng - minLng), lat: minLat + y * (maxLat - minLat) }
          const geo = reverseGeocode(point)
          const grids = areas.grids.filter((g) => insideRing(point, g.ring))
          if (grids.length === 0) {
            expect(geo.inServiceArea).toBe(false)
          } else {
            // a point on the line between two halves lies in both rings; reverse picks one of them
            expect(grids.map((g) => g.id)).toContain(geo.gridId)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('holds the disc the bulk seed fills: 0.85 of the radius is always inside', () => {
    for (const c of COMMUNITIES) {
      for (let deg = 0; deg < 360; deg += 3) {
        const r = 0.85 * c.radiusMeters
        const rad = (deg * Math.PI) / 180
        const p = offsetMeters(c.center, r * Math.sin(rad), r * Math.cos(rad))
        expect(reverseGeocode(p).communityId).toBe(c.id)
      }
    }
  })
})

describe('GET /tickets/map', () => {
  const box = (minLng: number, minLat: number, maxLng: number, maxLat: number) =>
    `${minLng},${minLat},${maxLng},${maxLat}`
  const around = box(113.62, 34.735, 113.645, 34.756)

  it('answers bare public pins in the box, filtered by category and status', async () => {
    const { backend, token } = await signedIn()
    const all = expectOk(await callEndpoint(backend, api.ticketMap, { token, query: { bbox: around } }))
    expect(all.items.length).toBeGreaterThan(5)
    expect(all.truncated).toBe(false)
    for (const pin of all.items) {
      expect(Object.keys(pin).sort()).toEqual(['categoryId', 'id', 'location', 'overdue', 'status'])
      expect(['rejected', 'merged']).not.toContain(pin.status)
      expect(pin.location.lng).toBeGreaterThanOrEqual(113.62)
      expect(pin.location.lat).toBeLessThanOrEqual(34.756)
    }
    const categoryId = all.items[0].categoryId
    const one = expectOk(
      await callEndpoint(backend, api.ticketMap, { token, query: { bbox: around, categoryId } }),
    )
    expect(one.items.length).toBe(all.items.filter((p) => p.categoryId === categoryId).length)
    const pending = expectOk(
      await callEndpoint(backend, api.ticketMap, { token, query: { bbox: around, status: 'pending' } }),
    )
    expect(pending.items.every((p) => p.status === 'submitted')).toBe(true)
    expect(pending.items.length).toBe(all.items.filter((p) => p.status === 'submitted').length)
  })

  it.each([
    ['113.6,34.7,113.7', '范围格式应为 最小经度,最小纬度,最大经度,最大纬度'],
    ['113.6,34.7,abc,34.8', '范围格式应为 最小经度,最小纬度,最大经度,最大纬度'],
    ['113.7,34.7,113.6,34.8', '范围的最小值须小于最大值'],
    ['100,20,120,40', '范围太大，请放大地图后再看'],
    ['113.6,34.7,181,34.8', '范围超出了经纬度的取值'],
  ])('refuses bbox %s with 400 on the field', async (bbox, message) => {
    const { backend, token } = await signedIn()
    const { status, error } = expectError(
      await callEndpoint(backend, api.ticketMap, { token, query: { bbox } }),
    )
    expect(status).toBe(400)
    expect(error.fields).toEqual({ bbox: message })
  })
})

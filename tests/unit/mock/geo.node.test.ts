import { api, ReverseGeo } from '../../../src/contract'
import { communityAt, distanceMeters, reverseGeocode } from '../../../mock/geo'
import { COMMUNITIES } from '../../../mock/seed'
import { callEndpoint, expectOk, loginAs, testBackend } from './helpers'

/** The standard public WGS-84 → GCJ-02 transform, recomputed here to check the hard-coded center. */
function wgs84ToGcj02(lat: number, lng: number) {
  const a = 6378245.0
  const ee = 0.006693421622965943
  const x = lng - 105
  const y = lat - 35
  const s = (v: number) => Math.sin(v * Math.PI)
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  dLat += ((20 * s(6 * x) + 20 * s(2 * x)) * 2) / 3
  dLat += ((20 * s(y) + 40 * s(y / 3)) * 2) / 3
  dLat += ((160 * s(y / 12) + 320 * s(y / 30)) * 2) / 3
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  dLng += ((20 * s(6 * x) + 20 * s(2 * x)) * 2) / 3
  dLng += ((20 * s(x) + 40 * s(x / 3)) * 2) / 3
  dLng += ((150 * s(x / 12) + 300 * s(x / 30)) * 2) / 3
  const radLat = (lat / 180) * Math.PI
  const magic = 1 - ee * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * sqrtMagic)) * Math.PI)
  dLng = (dLng * 180) / ((a / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { lat: lat + dLat, lng: lng + dLng }
}

const chuangye = COMMUNITIES.find((c) => c.name === '创业路社区')!

describe('geo', () => {
  it('centers 创业路社区 on the GCJ-02 conversion of WGS-84 34.7466 N 113.6254 E', () => {
    const gcj = wgs84ToGcj02(34.7466, 113.6254)
    expect(chuangye.center.lat).toBeCloseTo(gcj.lat, 6)
    expect(chuangye.center.lng).toBeCloseTo(gcj.lng, 6)
    // the shift is the ≈ 500 m the platform layer must not forget
    expect(distanceMeters({ lat: 34.7466, lng: 113.6254 }, chuangye.center)).toBeGreaterThan(400)
  })

  it('measures distances by haversine', () => {
    expect(distanceMeters({ lat: 34, lng: 113 }, { lat: 35, lng: 113 })).toBeCloseTo(111_195, -1)
    expect(distanceMeters(chuangye.center, chuangye.center)).toBe(0)
  })

  it('keeps service areas apart, with 700–900 m radii', () => {
    for (const a of COMMUNITIES) {
      expect(a.radiusMeters).toBeGreaterThanOrEqual(700)
      expect(a.radiusMeters).toBeLessThanOrEqual(900)
      for (const b of COMMUNITIES) {
        if (a !== b)
          expect(distanceMeters(a.center, b.center)).toBeGreaterThan(a.radiusMeters + b.radiusMeters)
      }
    }
  })

  it('places each community center in its own community, with an address on one of its roads', () => {
    for (const c of COMMUNITIES) {
      const geo = ReverseGeo.parse(reverseGeocode(c.center))
      expect(geo).toMatchObject({ inServiceArea: true, communityId: c.id, communityName: c.name })
      expect(c.grids.map((g) => g.id)).toContain(geo.gridId)
      expect(geo.address).toMatch(new RegExp(`^郑州市${c.district}(${c.roads.join('|')}) \\d+ 号附近$`))
    }
  })

  it('answers the same address for the same point, and different ones across the area', () => {
    const p = { lat: chuangye.center.lat + 0.003, lng: chuangye.center.lng + 0.001 }
    expect(reverseGeocode(p)).toEqual(reverseGeocode({ ...p }))
    const east = reverseGeocode({ lat: chuangye.center.lat, lng: chuangye.center.lng + 0.005 })
    const west = reverseGeocode({ lat: chuangye.center.lat, lng: chuangye.center.lng - 0.005 })
    expect(east.address).not.toBe(west.address)
  })

  it('splits two-grid communities at the center latitude', () => {
    const north = reverseGeocode({ lat: chuangye.center.lat + 0.002, lng: chuangye.center.lng })
    const south = reverseGeocode({ lat: chuangye.center.lat - 0.002, lng: chuangye.center.lng })
    expect([north.gridId, south.gridId]).toEqual(['g-chuangye-lu-1', 'g-chuangye-lu-2'])
    expect(north.gridName).toBe('创业路社区第一网格')
  })

  it('is out of the service area just past the radius and far away', () => {
    // ~ 1 km due north of 创业路: past its 800 m radius, short of 西里路's circle
    const justOutside = { lat: chuangye.center.lat + 0.009, lng: chuangye.center.lng }
    expect(communityAt(justOutside)).toBeUndefined()
    for (const p of [justOutside, { lat: 39.9087, lng: 116.3975 }]) {
      expect(reverseGeocode(p)).toEqual({
        address: '郑州市（服务范围外）',
        communityId: null,
        communityName: null,
        gridId: null,
        gridName: null,
        inServiceArea: false,
      })
    }
  })

  it('GET /geo/reverse answers 200 both inside and outside the service area', async () => {
    const backend = testBackend()
    const token = await loginAs(backend, 'u-resident-1')
    const inside = await callEndpoint(backend, api.reverseGeo, {
      token,
      query: { lat: '34.7454', lng: '113.6314' },
    })
    expect(expectOk(inside)).toMatchObject({ inServiceArea: true, communityName: '创业路社区' })
    const outside = await callEndpoint(backend, api.reverseGeo, {
      token,
      query: { lat: '34.9', lng: '113.2' },
    })
    expect(outside.status).toBe(200)
    expect(expectOk(outside)).toMatchObject({ inServiceArea: false, communityId: null })
  })
})

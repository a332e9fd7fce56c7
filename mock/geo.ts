import type { GeoPoint, ReverseGeo } from '../src/contract'
import { insideRing, offsetMeters } from '../src/contract/geometry'
// seed-places, not seed: the ticket seed reverse-geocodes while seed.ts is still loading
import { COMMUNITIES, type SeedCommunity, type SeedGrid } from './seed-places'

const EARTH_RADIUS_METERS = 6_371_000

export { insideRing, offsetMeters }

function toRadians(deg: number): number {
  return (deg * Math.PI) / 180
}

/** Great-circle distance in meters (haversine); at city scale GCJ-02 distorts it by well under a meter. */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat)
  const dLng = toRadians(b.lng - a.lng)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Compass bearing from a to b, 0–360 degrees clockwise from north. */
function bearingDegrees(a: GeoPoint, b: GeoPoint): number {
  const y = Math.sin(toRadians(b.lng - a.lng)) * Math.cos(toRadians(b.lat))
  const x =
    Math.cos(toRadians(a.lat)) * Math.sin(toRadians(b.lat)) -
    Math.sin(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.cos(toRadians(b.lng - a.lng))
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360
}

/** The part of a ring north (or south) of a latitude: Sutherland–Hodgman against one edge. */
function clipAtLatitude(ring: readonly GeoPoint[], lat: number, keep: 'north' | 'south'): GeoPoint[] {
  const kept = (p: GeoPoint) => (keep === 'north' ? p.lat >= lat : p.lat <= lat)
  const out: GeoPoint[] = []
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]
    const b = ring[(i + 1) % ring.length]
    if (kept(a)) out.push(a)
    if (kept(a) !== kept(b)) {
      const t = (lat - a.lat) / (b.lat - a.lat)
      out.push({ lat, lng: a.lng + t * (b.lng - a.lng) })
    }
  }
  return out
}

function round6(p: GeoPoint): GeoPoint {
  return { lat: Math.round(p.lat * 1e6) / 1e6, lng: Math.round(p.lng * 1e6) / 1e6 }
}

const ringCache = new Map<string, GeoPoint[]>()

/** A community's boundary, clockwise from north, from its outline fractions. */
export function communityRing(community: SeedCommunity): GeoPoint[] {
  const cached = ringCache.get(community.id)
  if (cached) return cached
  const step = (2 * Math.PI) / community.outline.length
  const ring = community.outline.map((fraction, i) => {
    const r = community.radiusMeters * fraction
    return round6(offsetMeters(community.center, r * Math.sin(i * step), r * Math.cos(i * step)))
  })
  ringCache.set(community.id, ring)
  return ring
}

/** A grid's boundary: the whole community, or its half north or south of the center's latitude. */
export function gridRing(community: SeedCommunity, grid: SeedGrid): GeoPoint[] {
  const ring = communityRing(community)
  return grid.half === 'all' ? ring : clipAtLatitude(ring, community.center.lat, grid.half)
}

/** The community whose boundary holds the point. */
export function communityAt(point: GeoPoint): SeedCommunity | undefined {
  return COMMUNITIES.find(
    (c) => distanceMeters(point, c.center) <= c.radiusMeters && insideRing(point, communityRing(c)),
  )
}

/** The grid whose boundary holds the point; on the dividing line itself, the northern one. */
export function gridAt(community: SeedCommunity, point: GeoPoint): SeedGrid {
  const north = point.lat >= community.center.lat
  return (
    community.grids.find((g) => g.half === 'all' || g.half === (north ? 'north' : 'south')) ??
    community.grids[0]
  )
}

/**
 * The four roads around a community (the ones its addresses name), as straight lines just
 * outside its boundary: north, east, south, west, like `roads`.
 */
export function roadLines(community: SeedCommunity): { name: string; line: GeoPoint[] }[] {
  const r = community.radiusMeters
  const near = 1.08 * r
  const far = 1.45 * r
  const at = (east: number, north: number) => round6(offsetMeters(community.center, east, north))
  const lines: GeoPoint[][] = [
    [at(-far, near), at(far, near)],
    [at(near, far), at(near, -far)],
    [at(far, -near), at(-far, -near)],
    [at(-near, -far), at(-near, far)],
  ]
  return community.roads.slice(0, 4).map((name, i) => ({ name, line: lines[i] }))
}

/**
 * A believable street address that only depends on the point: the road on the point's side of
 * the center, and a house number growing with the distance from it.
 */
function addressOf(community: SeedCommunity, point: GeoPoint): string {
  const span = 360 / community.roads.length
  // sectors are centred on their compass direction: with four roads, north is 315°–45°
  const sector = Math.floor(((bearingDegrees(community.center, point) + span / 2) % 360) / span)
  const road = community.roads[sector % community.roads.length]
  const number = 1 + 2 * Math.floor(distanceMeters(community.center, point) / 25)
  return `郑州市${community.district}${road} ${number} 号附近`
}

export function reverseGeocode(point: GeoPoint): ReverseGeo {
  const community = communityAt(point)
  if (!community) {
    return {
      address: '郑州市（服务范围外）',
      communityId: null,
      communityName: null,
      gridId: null,
      gridName: null,
      inServiceArea: false,
    }
  }
  const grid = gridAt(community, point)
  return {
    address: addressOf(community, point),
    communityId: community.id,
    communityName: community.name,
    gridId: grid.id,
    gridName: grid.name,
    inServiceArea: true,
  }
}

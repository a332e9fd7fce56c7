import type { GeoPoint, ReverseGeo } from '../src/contract'
// seed-places, not seed: the ticket seed reverse-geocodes while seed.ts is still loading
import { COMMUNITIES, type SeedCommunity, type SeedGrid } from './seed-places'

const EARTH_RADIUS_METERS = 6_371_000

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

/** The community whose service circle holds the point; the nearest one if circles ever overlap. */
export function communityAt(point: GeoPoint): SeedCommunity | undefined {
  let best: { community: SeedCommunity; distance: number } | undefined
  for (const community of COMMUNITIES) {
    const distance = distanceMeters(point, community.center)
    if (distance <= community.radiusMeters && (!best || distance < best.distance))
      best = { community, distance }
  }
  return best?.community
}

export function gridAt(community: SeedCommunity, point: GeoPoint): SeedGrid {
  const north = point.lat >= community.center.lat
  return (
    community.grids.find((g) => g.half === 'all' || g.half === (north ? 'north' : 'south')) ??
    community.grids[0]
  )
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

/** The point `east` and `north` meters from `origin` (flat-earth step, exact enough within a city). */
export function offsetMeters(origin: GeoPoint, east: number, north: number): GeoPoint {
  const metersPerDegree = (Math.PI / 180) * EARTH_RADIUS_METERS
  return {
    lat: origin.lat + north / metersPerDegree,
    lng: origin.lng + east / (metersPerDegree * Math.cos(toRadians(origin.lat))),
  }
}

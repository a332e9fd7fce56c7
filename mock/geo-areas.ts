import type { GeoAreas } from '../src/contract'
import { communityRing, gridRing, roadLines } from './geo'
import { COMMUNITIES } from './seed-places'

let cached: GeoAreas | undefined

/** GET /geo/areas: the same rings /geo/reverse decides with, so a map and the server never disagree. */
export function geoAreas(): GeoAreas {
  if (cached) return cached
  const communities = COMMUNITIES.map((c) => ({
    id: c.id,
    name: c.name,
    center: { ...c.center },
    ring: communityRing(c),
  }))
  const grids = COMMUNITIES.flatMap((c) =>
    c.grids.map((g) => ({ id: g.id, name: g.name, communityId: c.id, ring: gridRing(c, g) })),
  )
  const roads = COMMUNITIES.flatMap(roadLines)
  const points = [...communities.flatMap((c) => c.ring), ...roads.flatMap((r) => r.line)]
  const bounds = {
    minLng: Math.min(...points.map((p) => p.lng)),
    minLat: Math.min(...points.map((p) => p.lat)),
    maxLng: Math.max(...points.map((p) => p.lng)),
    maxLat: Math.max(...points.map((p) => p.lat)),
  }
  cached = { bounds, communities, grids, roads }
  return cached
}

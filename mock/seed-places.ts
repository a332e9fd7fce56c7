import { z } from 'zod'
import { GeoPoint, Id } from '../src/contract'
import places from './seed-places.json'

export const SeedGrid = z.object({
  id: Id,
  name: z.string(),
  /** communities with two grids split them at the center's latitude */
  half: z.enum(['north', 'south', 'all']),
})
export type SeedGrid = z.infer<typeof SeedGrid>

export const SeedCommunity = z.object({
  id: Id,
  name: z.string(),
  district: z.string(),
  /** 街道 (sub-district office), as the contract's Community.street shows it */
  street: z.string(),
  /** GCJ-02 */
  center: GeoPoint,
  /** the boundary lies within this circle, and holds every point closer than 0.85 of it */
  radiusMeters: z.number().positive(),
  /**
   * The boundary: one vertex per 36° clockwise from north, at this fraction of the radius.
   * Fractions stay within 0.95–1, so the polygon holds the 0.85 · radius disc the bulk seed fills.
   */
  outline: z.array(z.number().min(0.95).max(1)).length(10),
  /** roads around the community, clockwise from north; reverse geocoding picks one by bearing */
  roads: z.array(z.string()).min(1),
  grids: z.array(SeedGrid).min(1),
})
export type SeedCommunity = z.infer<typeof SeedCommunity>

/**
 * Five neighbourhoods of Zhengzhou (seed-places.json), at least 2.4 km apart so their service
 * circles never overlap. Centers are GCJ-02, like everything the app and WeChat maps exchange:
 * 创业路社区's is WGS-84 34.7466 N 113.6254 E converted with the standard public WGS84→GCJ02
 * formula (Krasovsky ellipsoid a = 6378245, ee = 0.00669342162296594323); tests/unit/mock/geo
 * recomputes it.
 */
export const COMMUNITIES: readonly SeedCommunity[] = z.array(SeedCommunity).parse(places)

export function findCommunity(id: string): SeedCommunity | undefined {
  return COMMUNITIES.find((c) => c.id === id)
}

export function findGrid(id: string): { community: SeedCommunity; grid: SeedGrid } | undefined {
  for (const community of COMMUNITIES) {
    const grid = community.grids.find((g) => g.id === id)
    if (grid) return { community, grid }
  }
  return undefined
}

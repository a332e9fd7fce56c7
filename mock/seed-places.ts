import type { GeoPoint } from '../src/contract'

export interface SeedGrid {
  id: string
  name: string
  /** communities with two grids split them at the center's latitude */
  half: 'north' | 'south' | 'all'
}

export interface SeedCommunity {
  id: string
  name: string
  district: string
  /** 街道 (sub-district office), as the contract's Community.street shows it */
  street: string
  /** GCJ-02 */
  center: GeoPoint
  /** the boundary lies within this circle, and holds every point closer than 0.85 of it */
  radiusMeters: number
  /**
   * The boundary: one vertex per 36° clockwise from north, at this fraction of the radius.
   * Fractions stay within 0.95–1, so the polygon holds the 0.85 · radius disc the bulk seed fills.
   */
  outline: readonly number[]
  /** roads around the community, clockwise from north; reverse geocoding picks one by bearing */
  roads: readonly string[]
  grids: readonly SeedGrid[]
}

/**
 * Five neighbourhoods of Zhengzhou, at least 2.4 km apart so their service circles never overlap.
 * Centers are GCJ-02, like everything the app and WeChat maps exchange.
 */
export const COMMUNITIES: readonly SeedCommunity[] = [
  {
    id: 'c-chuangye-lu',
    name: '创业路社区',
    district: '中原区',
    street: '中原区棉纺路街道',
    // WGS-84 34.7466 N 113.6254 E converted with the standard public WGS84→GCJ02 formula
    // (Krasovsky ellipsoid a = 6378245, ee = 0.00669342162296594323); tests/unit/mock/geo recomputes it.
    center: { lat: 34.745417, lng: 113.631447 },
    radiusMeters: 800,
    outline: [1, 0.96, 0.98, 1, 0.95, 0.97, 1, 0.96, 0.99, 0.97],
    roads: ['创业路', '棉纺路', '桐柏路', '伏牛路'],
    grids: [
      { id: 'g-chuangye-lu-1', name: '创业路社区第一网格', half: 'north' },
      { id: 'g-chuangye-lu-2', name: '创业路社区第二网格', half: 'south' },
    ],
  },
  {
    id: 'c-xili-lu',
    name: '西里路社区',
    district: '中原区',
    street: '中原区建设路街道',
    center: { lat: 34.764, lng: 113.641 },
    radiusMeters: 750,
    outline: [0.97, 1, 0.95, 0.98, 1, 0.96, 0.97, 1, 0.95, 0.99],
    roads: ['西里路', '建设西路', '工人路', '友爱路'],
    grids: [
      { id: 'g-xili-lu-1', name: '西里路社区第一网格', half: 'north' },
      { id: 'g-xili-lu-2', name: '西里路社区第二网格', half: 'south' },
    ],
  },
  {
    id: 'c-gaogou-cun',
    name: '高沟村',
    district: '中原区',
    street: '中原区须水街道',
    center: { lat: 34.742, lng: 113.595 },
    radiusMeters: 900,
    outline: [0.99, 0.95, 1, 0.97, 0.96, 1, 0.95, 0.98, 1, 0.96],
    roads: ['高沟路', '须水路', '西四环', '化工路'],
    grids: [{ id: 'g-gaogou-cun-1', name: '高沟村网格', half: 'all' }],
  },
  {
    id: 'c-wenhua-lu',
    name: '文化路社区',
    district: '金水区',
    street: '金水区文化路街道',
    center: { lat: 34.783, lng: 113.656 },
    radiusMeters: 700,
    outline: [0.96, 0.99, 1, 0.95, 0.98, 0.97, 1, 0.95, 0.97, 1],
    roads: ['文化路', '黄河路', '农业路', '纬五路'],
    grids: [{ id: 'g-wenhua-lu-1', name: '文化路社区网格', half: 'all' }],
  },
  {
    id: 'c-daxue-lu',
    name: '大学路社区',
    district: '二七区',
    street: '二七区淮河路街道',
    center: { lat: 34.733, lng: 113.659 },
    radiusMeters: 800,
    outline: [1, 0.97, 0.95, 0.99, 1, 0.96, 0.98, 1, 0.96, 0.95],
    roads: ['大学路', '陇海路', '淮河路', '政通路'],
    grids: [{ id: 'g-daxue-lu-1', name: '大学路社区网格', half: 'all' }],
  },
]

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

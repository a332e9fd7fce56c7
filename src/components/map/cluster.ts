import { project, unproject, type LngLat, type Pixel } from './projection'

export interface Placed {
  id: string
  point: LngLat
}

export type Clustered<T extends Placed> =
  | { kind: 'marker'; key: string; item: T; at: Pixel; point: LngLat }
  | { kind: 'cluster'; key: string; items: T[]; at: Pixel; point: LngLat }

interface Group<T> {
  members: T[]
  x: number
  y: number
  alive: boolean
  cell: string
}

/**
 * Groups points so no two results (markers or clusters) are closer than `spacing` pixels at
 * `zoom`: every point ends up in exactly one result, and a thousand points close together
 * become one numbered circle rather than a thousand buttons.
 *
 * Greedy merging over a spatial hash with `spacing`-sized cells: a pair closer than `spacing`
 * is always in neighbouring cells. Merging moves the group to its members' centroid, which can
 * bring it near a third one, so passes repeat until one finds nothing to merge. `at` is in world
 * pixels at `zoom` (see project), so panning never needs a new clustering.
 */
export function cluster<T extends Placed>(
  items: readonly T[],
  zoom: number,
  spacing: number,
): Clustered<T>[] {
  const cellOf = (x: number, y: number) => `${Math.floor(x / spacing)},${Math.floor(y / spacing)}`
  const hash = new Map<string, Set<Group<T>>>()
  const put = (g: Group<T>) => {
    g.cell = cellOf(g.x, g.y)
    let bucket = hash.get(g.cell)
    if (!bucket) hash.set(g.cell, (bucket = new Set()))
    bucket.add(g)
  }
  // sorted by id: the same tickets always cluster the same way, whatever order they came in
  const groups: Group<T>[] = [...items]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((item) => {
      const px = project(item.point, zoom)
      return { members: [item], x: px.x, y: px.y, alive: true, cell: '' }
    })
  groups.forEach(put)

  const neighbourWithin = (g: Group<T>): Group<T> | undefined => {
    const cx = Math.floor(g.x / spacing)
    const cy = Math.floor(g.y / spacing)
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const bucket = hash.get(`${cx + dx},${cy + dy}`)
        if (!bucket) continue
        for (const other of bucket) {
          if (other !== g && Math.hypot(other.x - g.x, other.y - g.y) < spacing) return other
        }
      }
    }
    return undefined
  }

  let merged = true
  while (merged) {
    merged = false
    for (const g of groups) {
      if (!g.alive) continue
      let other = neighbourWithin(g)
      while (other) {
        const n = g.members.length
        const m = other.members.length
        hash.get(g.cell)!.delete(g)
        hash.get(other.cell)!.delete(other)
        g.x = (g.x * n + other.x * m) / (n + m)
        g.y = (g.y * n + other.y * m) / (n + m)
        g.members = g.members.concat(other.members)
        other.alive = false
        put(g)
        merged = true
        other = neighbourWithin(g)
      }
    }
  }

  return groups
    .filter((g) => g.alive)
    .map((g): Clustered<T> => {
      const at = { x: g.x, y: g.y }
      if (g.members.length === 1) {
        const item = g.members[0]
        return { kind: 'marker', key: item.id, item, at, point: item.point }
      }
      return {
        kind: 'cluster',
        key: `c:${g.members[0].id}:${g.members.length}`,
        items: g.members,
        at,
        point: unproject(at, zoom),
      }
    })
}

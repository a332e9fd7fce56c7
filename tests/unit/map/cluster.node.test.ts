import fc from 'fast-check'
import { cluster, type Placed } from '../../../src/components/map/cluster'
import { MAX_ZOOM, MIN_ZOOM, project } from '../../../src/components/map/projection'

const SPACING = 48

/** Tickets around one spot, some stacked exactly on top of each other as real reports are. */
const tickets = fc
  .array(
    fc.record({
      lat: fc.double({ min: 34.73, max: 34.79, noNaN: true }),
      lng: fc.double({ min: 113.59, max: 113.67, noNaN: true }),
      copies: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 300 },
  )
  .map((spots) =>
    spots.flatMap((s, i) =>
      Array.from({ length: s.copies }, (_, k): Placed => ({
        id: `t-${i}-${k}`,
        point: { lat: s.lat, lng: s.lng },
      })),
    ),
  )
const zoom = fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true })

const idsOf = (r: ReturnType<typeof cluster>[number]) =>
  r.kind === 'marker' ? [r.item.id] : r.items.map((i) => i.id)

describe('marker clustering', () => {
  it('puts every ticket in exactly one marker or cluster', () => {
    fc.assert(
      fc.property(tickets, zoom, (items, z) => {
        const out = cluster(items, z, SPACING)
        const ids = out.flatMap(idsOf).sort()
        expect(ids).toEqual(items.map((i) => i.id).sort())
      }),
    )
  })

  it('never lets two results overlap at a zoom level', () => {
    fc.assert(
      fc.property(tickets, zoom, (items, z) => {
        const out = cluster(items, z, SPACING)
        for (let i = 0; i < out.length; i++) {
          for (let j = i + 1; j < out.length; j++) {
            expect(Math.hypot(out[i].at.x - out[j].at.x, out[i].at.y - out[j].at.y)).toBeGreaterThanOrEqual(
              SPACING,
            )
          }
        }
      }),
    )
  })

  it('places a cluster at its members’ centroid and a marker at its ticket', () => {
    fc.assert(
      fc.property(tickets, zoom, (items, z) => {
        for (const r of cluster(items, z, SPACING)) {
          const members = r.kind === 'marker' ? [r.item] : r.items
          const px = members.map((m) => project(m.point, z))
          expect(r.at.x).toBeCloseTo(px.reduce((s, p) => s + p.x, 0) / px.length, 3)
          expect(r.at.y).toBeCloseTo(px.reduce((s, p) => s + p.y, 0) / px.length, 3)
          if (r.kind === 'cluster') expect(r.items.length).toBeGreaterThan(1)
        }
      }),
    )
  })

  it('answers the same clusters whatever order the tickets came in', () => {
    fc.assert(
      fc.property(tickets, zoom, (items, z) => {
        const shuffled = [...items].reverse()
        expect(cluster(shuffled, z, SPACING).map(idsOf)).toEqual(cluster(items, z, SPACING).map(idsOf))
      }),
      { numRuns: 50 },
    )
  })

  it('turns 1,000 tickets of one neighbourhood into a few dozen results when zoomed out', () => {
    const items: Placed[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `t-${i}`,
      point: { lat: 34.74 + ((i * 37) % 100) / 10_000, lng: 113.62 + ((i * 61) % 100) / 10_000 },
    }))
    const out = cluster(items, 15, SPACING)
    expect(out.length).toBeLessThan(40)
    expect(cluster(items, MAX_ZOOM, SPACING).length).toBeGreaterThan(out.length)
  })
})

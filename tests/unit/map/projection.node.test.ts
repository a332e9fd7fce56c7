import fc from 'fast-check'
import { insideRing } from '@/contract/geometry'
import {
  fitBounds,
  fromScreen,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  project,
  toScreen,
  unproject,
  visibleBounds,
  zoomAround,
} from '../../../src/components/map/projection'

const size = { width: 390, height: 520 }
/** around the mock's part of Zhengzhou, where every map of the app looks */
const lat = fc.double({ min: 34.6, max: 34.9, noNaN: true })
const lng = fc.double({ min: 113.5, max: 113.8, noNaN: true })
const point = fc.record({ lat, lng })
const zoom = fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true })
const view = fc.record({ center: point, zoom })
const pixel = fc.record({
  x: fc.double({ min: 0, max: 390, noNaN: true }),
  y: fc.double({ min: 0, max: 520, noNaN: true }),
})

describe('map projection', () => {
  it('round-trips a point through project and unproject', () => {
    fc.assert(
      fc.property(point, zoom, (p, z) => {
        const back = unproject(project(p, z), z)
        expect(back.lat).toBeCloseTo(p.lat, 9)
        expect(back.lng).toBeCloseTo(p.lng, 9)
      }),
    )
  })

  it('puts the view centre in the middle of the screen, and screen ↔ map round-trips', () => {
    fc.assert(
      fc.property(view, pixel, (v, px) => {
        const mid = toScreen(v.center, v, size)
        expect(mid.x).toBeCloseTo(195, 6)
        expect(mid.y).toBeCloseTo(260, 6)
        const back = toScreen(fromScreen(px, v, size), v, size)
        expect(back.x).toBeCloseTo(px.x, 5)
        expect(back.y).toBeCloseTo(px.y, 5)
      }),
    )
  })

  it('keeps north up and east right', () => {
    const v = { center: { lat: 34.75, lng: 113.63 }, zoom: 15 }
    const north = toScreen({ lat: 34.76, lng: 113.63 }, v, size)
    const east = toScreen({ lat: 34.75, lng: 113.64 }, v, size)
    expect(north.y).toBeLessThan(260)
    expect(east.x).toBeGreaterThan(195)
  })

  it('pans with the finger: what was under it stays under it', () => {
    fc.assert(
      fc.property(
        view,
        pixel,
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: -300, max: 300 }),
        (v, px, dx, dy) => {
          const under = fromScreen(px, v, size)
          const after = toScreen(under, panBy(v, size, dx, dy), size)
          expect(after.x).toBeCloseTo(px.x + dx, 4)
          expect(after.y).toBeCloseTo(px.y + dy, 4)
        },
      ),
    )
  })

  it('zooms around the pinch point, within the zoom limits', () => {
    fc.assert(
      fc.property(view, pixel, fc.double({ min: 0.25, max: 4, noNaN: true }), (v, anchor, factor) => {
        const z = zoomAround(v, size, anchor, factor)
        expect(z.zoom).toBeGreaterThanOrEqual(MIN_ZOOM)
        expect(z.zoom).toBeLessThanOrEqual(MAX_ZOOM)
        const fixed = fromScreen(anchor, v, size)
        const after = toScreen(fixed, z, size)
        expect(after.x).toBeCloseTo(anchor.x, 4)
        expect(after.y).toBeCloseTo(anchor.y, 4)
      }),
    )
  })

  it('fits a box on the screen: every corner visible', () => {
    fc.assert(
      fc.property(
        point,
        fc.double({ min: 0.002, max: 0.1, noNaN: true }),
        fc.double({ min: 0.002, max: 0.1, noNaN: true }),
        (p, w, h) => {
          const bounds = { minLng: p.lng, minLat: p.lat, maxLng: p.lng + w, maxLat: p.lat + h }
          const v = fitBounds(bounds, size, 24)
          const seen = visibleBounds(v, size)
          expect(seen.minLng).toBeLessThanOrEqual(bounds.minLng + 1e-9)
          expect(seen.maxLng).toBeGreaterThanOrEqual(bounds.maxLng - 1e-9)
          expect(seen.minLat).toBeLessThanOrEqual(bounds.minLat + 1e-9)
          expect(seen.maxLat).toBeGreaterThanOrEqual(bounds.maxLat - 1e-9)
        },
      ),
    )
  })

  it('tells inside a ring from outside', () => {
    const square = [
      { lat: 0, lng: 0 },
      { lat: 0, lng: 1 },
      { lat: 1, lng: 1 },
      { lat: 1, lng: 0 },
    ]
    expect(insideRing({ lat: 0.5, lng: 0.5 }, square)).toBe(true)
    expect(insideRing({ lat: 1.5, lng: 0.5 }, square)).toBe(false)
    expect(insideRing({ lat: 0.5, lng: -0.1 }, square)).toBe(false)
  })
})

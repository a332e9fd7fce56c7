/**
 * Plane geometry on GCJ-02 degrees, shared by the app's maps and the backend's reverse
 * geocoding, so "inside this grid" means the same on the screen and on the server.
 */
export interface LngLat {
  lat: number
  lng: number
}

/** Meters per degree of latitude on the mean Earth sphere (6,371 km). */
export const METERS_PER_DEGREE = (Math.PI / 180) * 6_371_000

/** Ray casting: whether a point lies inside a closed ring (vertices in order, not repeated). */
export function insideRing(p: LngLat, ring: readonly LngLat[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]
    const b = ring[j]
    if (
      a.lat > p.lat !== b.lat > p.lat &&
      p.lng < ((b.lng - a.lng) * (p.lat - a.lat)) / (b.lat - a.lat) + a.lng
    )
      inside = !inside
  }
  return inside
}

/** The point `east` and `north` meters from `origin` (flat-earth step, exact enough within a city). */
export function offsetMeters(origin: LngLat, east: number, north: number): LngLat {
  return {
    lat: origin.lat + north / METERS_PER_DEGREE,
    lng: origin.lng + east / (METERS_PER_DEGREE * Math.cos((origin.lat * Math.PI) / 180)),
  }
}

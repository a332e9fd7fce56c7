/**
 * Web Mercator in pixels, the projection every web map uses, so a schematic map and the
 * native one agree on shapes. Points are GCJ-02 as the app exchanges them; at city scale the
 * projection does not care which datum the degrees came from.
 */
import { offsetMeters, type LngLat } from '@/contract/geometry'

export type { LngLat }

export interface Bounds {
  minLng: number
  minLat: number
  maxLng: number
  maxLat: number
}

/** What the map shows: its centre and zoom (2^zoom · 256 px around the world, fractional allowed). */
export interface View {
  center: LngLat
  zoom: number
}

export interface Size {
  width: number
  height: number
}

export interface Pixel {
  x: number
  y: number
}

export const MIN_ZOOM = 11
export const MAX_ZOOM = 19
const TILE = 256
/** Mercator's limit; nothing the app shows is near it, but unproject must stay finite. */
const MAX_LAT = 85.05112878

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))
}

function worldSize(zoom: number): number {
  return TILE * 2 ** zoom
}

/** Pixel position on the whole world at a zoom (origin top-left, y down). */
export function project(p: LngLat, zoom: number): Pixel {
  const size = worldSize(zoom)
  const lat = (Math.max(-MAX_LAT, Math.min(MAX_LAT, p.lat)) * Math.PI) / 180
  return {
    x: ((p.lng + 180) / 360) * size,
    y: ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * size,
  }
}

export function unproject(px: Pixel, zoom: number): LngLat {
  const size = worldSize(zoom)
  const n = Math.PI * (1 - (2 * px.y) / size)
  return { lng: (px.x / size) * 360 - 180, lat: (Math.atan(Math.sinh(n)) * 180) / Math.PI }
}

/** Where a point falls on a screen of `size` showing `view`. */
export function toScreen(p: LngLat, view: View, size: Size): Pixel {
  const a = project(p, view.zoom)
  const c = project(view.center, view.zoom)
  return { x: a.x - c.x + size.width / 2, y: a.y - c.y + size.height / 2 }
}

export function fromScreen(px: Pixel, view: View, size: Size): LngLat {
  const c = project(view.center, view.zoom)
  return unproject({ x: c.x + px.x - size.width / 2, y: c.y + px.y - size.height / 2 }, view.zoom)
}

/** The view moved so the content follows a finger that moved by (dx, dy). */
export function panBy(view: View, size: Size, dx: number, dy: number): View {
  return { ...view, center: fromScreen({ x: size.width / 2 - dx, y: size.height / 2 - dy }, view, size) }
}

/** Zoomed by `factor` while the point under `anchor` stays under it (pinch, wheel, double tap). */
export function zoomAround(view: View, size: Size, anchor: Pixel, factor: number): View {
  const zoom = clampZoom(view.zoom + Math.log2(factor))
  const fixed = fromScreen(anchor, view, size)
  const moved = toScreen(fixed, { ...view, zoom }, size)
  return panBy({ ...view, zoom }, size, anchor.x - moved.x, anchor.y - moved.y)
}

/** The view that shows all of `bounds` with `padding` pixels to spare on every side. */
export function fitBounds(bounds: Bounds, size: Size, padding = 24): View {
  const sw = project({ lat: bounds.minLat, lng: bounds.minLng }, 0)
  const ne = project({ lat: bounds.maxLat, lng: bounds.maxLng }, 0)
  const w = Math.max(1e-9, ne.x - sw.x)
  const h = Math.max(1e-9, sw.y - ne.y)
  const room = { w: Math.max(1, size.width - 2 * padding), h: Math.max(1, size.height - 2 * padding) }
  const zoom = clampZoom(Math.log2(Math.min(room.w / w, room.h / h)))
  const center = unproject({ x: (sw.x + ne.x) / 2, y: (sw.y + ne.y) / 2 }, 0)
  return { center, zoom }
}

/** The geographic box a screen shows. */
export function visibleBounds(view: View, size: Size): Bounds {
  const nw = fromScreen({ x: 0, y: 0 }, view, size)
  const se = fromScreen({ x: size.width, y: size.height }, view, size)
  return { minLng: nw.lng, minLat: se.lat, maxLng: se.lng, maxLat: nw.lat }
}

/** A box `meters` around a point each way (flat-earth step, exact enough within a city). */
export function boundsAround(center: LngLat, meters: number): Bounds {
  const sw = offsetMeters(center, -meters, -meters)
  const ne = offsetMeters(center, meters, meters)
  return { minLng: sw.lng, minLat: sw.lat, maxLng: ne.lng, maxLat: ne.lat }
}

import {
  MAX_MAP_PINS,
  STATUS_FILTER_MEMBERS,
  type BBox,
  type MapPin,
  type StatusFilter,
} from '../../src/contract'
import type { StoredTicket } from './model'
import { isPublic } from './queries'
import { isOverdue } from './rules'

interface MapQuery {
  bbox: BBox
  categoryId?: string
  status?: StatusFilter
}

/** GET /tickets/map: the public tickets in a box, as bare pins; never who reported them. */
export function mapPins(tickets: readonly StoredTicket[], q: MapQuery, now: number) {
  const { minLng, minLat, maxLng, maxLat } = q.bbox
  const members = STATUS_FILTER_MEMBERS[q.status ?? 'all']
  let hits = tickets.filter(
    (t) =>
      isPublic(t) &&
      members.includes(t.status) &&
      (q.categoryId === undefined || t.categoryId === q.categoryId) &&
      t.location.lng >= minLng &&
      t.location.lng <= maxLng &&
      t.location.lat >= minLat &&
      t.location.lat <= maxLat,
  )
  const truncated = hits.length > MAX_MAP_PINS
  if (truncated) {
    // the middle of the screen matters most; the edges fill in once the person zooms
    const mid = { lng: (minLng + maxLng) / 2, lat: (minLat + maxLat) / 2 }
    const far = (t: StoredTicket) => (t.location.lng - mid.lng) ** 2 + (t.location.lat - mid.lat) ** 2
    hits = [...hits].sort((a, b) => far(a) - far(b)).slice(0, MAX_MAP_PINS)
  }
  const items: MapPin[] = hits.map((t) => ({
    id: t.id,
    location: { ...t.location },
    status: t.status,
    categoryId: t.categoryId,
    overdue: isOverdue(t, now),
  }))
  return { items, truncated }
}

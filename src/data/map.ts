import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { MAX_BBOX_SPAN_DEGREES, type BBox, type StatusFilter } from '@/contract'
import { endpoints as mapApi } from '@/contract/map'
import { endpoints as referenceApi } from '@/contract/reference'
import { call } from '@/api'
import { roots } from './keys'

const RARELY = 10 * 60_000
/** Boxes snap to this grid (≈ 500 m), so small pans reuse the answer already in the cache. */
const SNAP = 0.005

export const mapKeys = {
  areas: [...roots.reference, 'geo-areas'] as const,
  pins: (bbox: string, categoryId: string | null, status: StatusFilter) =>
    [...roots.tickets, 'map', bbox, categoryId, status] as const,
}

/** Communities, grids and roads to draw; the same for everyone and rarely changed. */
export function useGeoAreas() {
  return useQuery({ queryKey: mapKeys.areas, queryFn: () => call(referenceApi.geoAreas), staleTime: RARELY })
}

/** The box asked for: what the screen shows plus half a screen around, snapped, never too wide. */
export function pinBox(seen: BBox): string {
  const padLng = (seen.maxLng - seen.minLng) / 2
  const padLat = (seen.maxLat - seen.minLat) / 2
  const half = MAX_BBOX_SPAN_DEGREES / 2 - SNAP
  const midLng = (seen.minLng + seen.maxLng) / 2
  const midLat = (seen.minLat + seen.maxLat) / 2
  const minLng = Math.max(seen.minLng - padLng, midLng - half)
  const maxLng = Math.min(seen.maxLng + padLng, midLng + half)
  const minLat = Math.max(seen.minLat - padLat, midLat - half)
  const maxLat = Math.min(seen.maxLat + padLat, midLat + half)
  const down = (v: number) => (Math.floor(v / SNAP) * SNAP).toFixed(3)
  const up = (v: number) => (Math.ceil(v / SNAP) * SNAP).toFixed(3)
  return `${down(minLng)},${down(minLat)},${up(maxLng)},${up(maxLat)}`
}

/** Public tickets as pins inside a box; the last answer stays on screen while the next loads. */
export function useTicketPins(bbox: string | null, categoryId: string | null, status: StatusFilter) {
  return useQuery({
    queryKey: mapKeys.pins(bbox ?? '', categoryId, status),
    queryFn: () =>
      call(mapApi.ticketMap, {
        query: {
          bbox: bbox!,
          ...(categoryId ? { categoryId } : {}),
          ...(status !== 'all' ? { status } : {}),
        },
      }),
    enabled: bbox !== null,
    placeholderData: keepPreviousData,
  })
}

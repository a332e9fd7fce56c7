import { useMemo, type ReactNode } from 'react'
import type { GeoAreas } from '@/contract'
import { MapView, type MapArea, type MapProps, type MapRoad } from '@/components/map/map-view'
import { QueryState } from '@/components/query-state'
import { useGeoAreas } from '@/data/map'

export type AreaMapProps = Omit<MapProps, 'areas' | 'roads'> & {
  /** the grid outlined in red (the grid worker's own) */
  focusGridId?: string | null
  /** another query the map waits for, e.g. the tickets it shows */
  alsoPending?: boolean
  alsoError?: unknown
  onRetryAlso?: () => void
  /** shown under the map once it is there */
  children?: ReactNode
}

/** The map's ground from GET /geo/areas: communities with their names, grids dashed inside. */
function groundOf(
  areas: GeoAreas | undefined,
  focusGridId?: string | null,
): { areas: MapArea[]; roads: MapRoad[] } {
  if (!areas) return { areas: [], roads: [] }
  return {
    areas: [
      ...areas.communities.map((c): MapArea => ({
        id: c.id,
        ring: c.ring,
        label: c.name,
        tone: 'community',
      })),
      ...areas.grids
        .filter((g) => areas.communities.length > 0 && g.ring.length >= 3)
        .map((g): MapArea => ({ id: g.id, ring: g.ring, tone: g.id === focusGridId ? 'focus' : 'grid' })),
    ],
    roads: areas.roads,
  }
}

/**
 * A map over the service area's ground (communities, grids, roads from GET /geo/areas), with
 * the loading and failed states every map page shows the same way.
 */
export function AreaMap({
  focusGridId = null,
  alsoPending,
  alsoError,
  onRetryAlso,
  children,
  ...map
}: AreaMapProps) {
  const areas = useGeoAreas()
  const ground = useMemo(() => groundOf(areas.data, focusGridId), [areas.data, focusGridId])
  return (
    <QueryState
      isPending={areas.isPending || !!alsoPending}
      error={areas.error ?? alsoError ?? null}
      onRetry={() => {
        void areas.refetch()
        onRetryAlso?.()
      }}
    >
      <MapView {...map} areas={ground.areas} roads={ground.roads} />
      {children}
    </QueryState>
  )
}

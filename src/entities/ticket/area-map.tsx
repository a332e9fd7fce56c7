import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { MapView, type Bounds, type MapProps, type View } from '@/components/map/map-view'
import { QueryState } from '@/components/query-state'
import { useGeoAreas } from '@/data/map'
import { TicketMapLegend } from './ticket-map-legend'
import { groundOf, TicketMapCard } from './ticket-map'

type Props = Omit<MapProps, 'areas' | 'roads'> & {
  /** the grid outlined in red (the grid worker's own) */
  focusGridId?: string | null
  /** another query the map waits for, e.g. the tickets it shows */
  alsoPending?: boolean
  alsoError?: unknown
  onRetryAlso?: () => void
  /** shown under the map once it is there */
  children?: ReactNode
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
}: Props) {
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

type TicketsProps = Omit<Props, 'label' | 'onMarkerTap' | 'children' | 'view' | 'onView'> & {
  /** the page a tapped marker's card opens */
  href: (id: string) => string
  /** what the map shows, in words, under it */
  hint: ReactNode
  /** the box the screen shows, each time the map settles */
  onSeen?: (seen: Bounds) => void
}

/**
 * 问题地图: tickets as markers over the ground, the legend, and the card a tapped marker opens;
 * the map keeps its own view (framing `fit` first).
 */
export function TicketsMap({ href, hint, onSeen, ...map }: TicketsProps) {
  const [view, setView] = useState<View | null>(null)
  const [card, setCard] = useState<string | null>(null)
  const onView = useCallback(
    (v: View, seen: Bounds) => {
      setView(v)
      onSeen?.(seen)
    },
    [onSeen],
  )
  return (
    <>
      <AreaMap label='问题地图' {...map} view={view} onView={onView} onMarkerTap={setCard} />
      {hint}
      <TicketMapLegend />
      {card && <TicketMapCard id={card} href={href(card)} onClose={() => setCard(null)} />}
    </>
  )
}

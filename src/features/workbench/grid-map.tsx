import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { ROUTES } from '@/components/routes'
import { useGeoAreas } from '@/data/map'
import { useGridOpenTickets } from '@/data/workbench'
import { ticketMarker, TicketsMap } from '@/entities/ticket/ticket-map'

/**
 * 网格地图: my grid's boundary in red, its open tickets on it (超期 red, 被催办 flagged); a
 * marker opens a card, the card the ticket's handling page.
 */
export function GridMap({ gridId }: { gridId: string | null }) {
  const areas = useGeoAreas()
  const open = useGridOpenTickets(true)
  const grid = areas.data?.grids.find((g) => g.id === gridId)
  const fit = useMemo(() => {
    const ring = grid?.ring ?? areas.data?.communities.flatMap((c) => c.ring) ?? []
    const lngs = ring.map((p) => p.lng)
    const lats = ring.map((p) => p.lat)
    return ring.length
      ? {
          minLng: Math.min(...lngs),
          minLat: Math.min(...lats),
          maxLng: Math.max(...lngs),
          maxLat: Math.max(...lats),
        }
      : { minLng: 113.62, minLat: 34.735, maxLng: 113.645, maxLat: 34.756 }
  }, [grid, areas.data])
  const markers = useMemo(
    () => (open.data ?? []).map((t) => ticketMarker(t, t.categoryName, t.urgeCount > 0)),
    [open.data],
  )
  const overdue = (open.data ?? []).filter((t) => t.overdue).length
  const urged = (open.data ?? []).filter((t) => t.urgeCount > 0).length

  return (
    <View className='grid-map'>
      <TicketsMap
        fit={fit}
        focusGridId={gridId}
        markers={markers}
        href={ROUTES.workbenchTicket}
        alsoPending={open.isPending}
        alsoError={open.error}
        onRetryAlso={() => void open.refetch()}
        hint={
          open.data && (
            <Text className='map-hint'>
              {grid ? `${grid.name}（红线以内）` : '您的网格'}：{markers.length} 个未办结，其中超期 {overdue}{' '}
              个、被催办 {urged} 个（带“!”）。
            </Text>
          )
        }
      />
    </View>
  )
}

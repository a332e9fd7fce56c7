import { Button, Text, View } from '@tarojs/components'
import { useCallback, useMemo, useState } from 'react'
import { errorMessage } from '@/api'
import { boundsAround } from '@/components/map/projection'
import { ROUTES } from '@/components/routes'
import type { GeoPoint } from '@/contract'
import { pinBox, useTicketPins } from '@/data/map'
import { ticketMarker, TicketsMap } from '@/entities/ticket/ticket-map'
import type { BoardFilter } from './board-filters'

interface Props {
  frame: { center: GeoPoint; meters: number }
  filter: BoardFilter
  names: Map<string, string>
}

/** 问题地图: the public tickets around, clustered; a marker opens a card, the card the ticket. */
export function BoardMap({ frame, filter, names }: Props) {
  const [box, setBox] = useState<string | null>(null)
  const pins = useTicketPins(box, filter.categoryId, filter.status)
  const fit = useMemo(() => boundsAround(frame.center, frame.meters), [frame.center, frame.meters])
  const markers = useMemo(
    () => (pins.data?.items ?? []).map((p) => ticketMarker(p, names.get(p.categoryId) ?? '问题')),
    [pins.data, names],
  )
  const onSeen = useCallback((seen: Parameters<typeof pinBox>[0]) => setBox(pinBox(seen)), [])

  return (
    <View className='board-map'>
      <TicketsMap
        onSeen={onSeen}
        fit={fit}
        markers={markers}
        href={ROUTES.ticket}
        hint={
          pins.error && !pins.data ? (
            <View className='map-hint'>
              <Text className='form-error'>{errorMessage(pins.error)}</Text>
              <Button className='btn btn--small' onClick={() => void pins.refetch()}>
                重试
              </Button>
            </View>
          ) : (
            <Text className='map-hint' aria-live='polite'>
              {pins.isFetching && !pins.data
                ? '正在加载问题…'
                : pins.data?.items.length
                  ? `这片地图上有 ${pins.data.items.length} 个问题。拖动地图看别处，两指捏合或点 + − 缩放，点数字放大。`
                  : '这片地图上暂时没有符合条件的问题，拖动或缩小地图看看别处。'}
            </Text>
          )
        }
      />
    </View>
  )
}

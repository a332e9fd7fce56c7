import { Button, Text, View } from '@tarojs/components'
import { useCallback, useState, type ReactNode } from 'react'
import { TICKET_STATUS_LABELS, type TicketStatus } from '@/contract'
import { errorMessage } from '@/api'
import type { Bounds, MapMarker, MarkerTone, View as MapState } from '@/components/map/map-view'
import { useTicket } from '@/data/tickets'
import { AreaMap, type AreaMapProps } from './area-map'
import { TicketCard } from './ticket-card'
import { TicketMapLegend } from './ticket-map-legend'

const DONE: readonly TicketStatus[] = ['resolved', 'closed', 'rejected', 'merged']

/** A marker's colour: red when overdue, else by where the ticket stands (never colour alone: see the label). */
export function markerTone(status: TicketStatus, overdue: boolean): MarkerTone {
  if (overdue) return 'alert'
  if (status === 'submitted') return 'pending'
  return DONE.includes(status) ? 'done' : 'active'
}

/** What a marker is called, e.g. 路灯损坏 · 处理中 (and 超期 when it is). */
export function markerLabel(categoryName: string, status: TicketStatus, overdue: boolean): string {
  return `${categoryName} · ${TICKET_STATUS_LABELS[status]}${overdue ? ' · 超期' : ''}`
}

export type TicketMarker = MapMarker

/** A ticket as a marker: coloured by where it stands, named 路灯损坏 · 处理中 (· 超期), flagged when urged. */
export function ticketMarker(
  t: { id: string; location: MapMarker['point']; status: TicketStatus; overdue: boolean },
  categoryName: string,
  urged = false,
): MapMarker {
  return {
    id: t.id,
    point: t.location,
    tone: markerTone(t.status, t.overdue),
    label: markerLabel(categoryName, t.status, t.overdue),
    flagged: urged,
  }
}

/** The card a tapped marker opens: the ticket's summary, a tap away from its page. */
export function TicketMapCard({ id, href, onClose }: { id: string; href: string; onClose: () => void }) {
  const ticket = useTicket(id)
  return (
    <View className='map-card' role='dialog' aria-label='问题摘要'>
      {ticket.data ? (
        <TicketCard ticket={ticket.data} href={href} className='map-card__ticket' />
      ) : ticket.error ? (
        <View className='map-card__state'>
          <Text className='form-error'>{errorMessage(ticket.error)}</Text>
          <Button className='btn btn--small' onClick={() => void ticket.refetch()}>
            重试
          </Button>
        </View>
      ) : (
        <View className='map-card__state'>
          <Text className='state__text'>正在加载…</Text>
        </View>
      )}
      <Button className='btn btn--small map-card__close' onClick={onClose}>
        关闭
      </Button>
    </View>
  )
}

type TicketsProps = Omit<AreaMapProps, 'label' | 'onMarkerTap' | 'children' | 'view' | 'onView'> & {
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
  const [view, setView] = useState<MapState | null>(null)
  const [card, setCard] = useState<string | null>(null)
  const onView = useCallback(
    (v: MapState, seen: Bounds) => {
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

import { Text, View } from '@tarojs/components'
import { EVENT_LABELS } from '@/contract'
import type { TimelineEvent } from '@/contract/tickets'
import { shortDateTime } from '@/components/time'
import { actorLabel } from './labels'
import { TicketPhotos } from './ticket-photos'

/** Newest first: what a resident checks is what happened last (same minute: later in the list wins). */
export function newestFirst(events: TimelineEvent[]): TimelineEvent[] {
  return events
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => b.t - a.t || b.i - a.i)
    .map((x) => x.e)
}

export function TicketTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <View className='card timeline'>
      <Text className='card__title'>处理进度</Text>
      {newestFirst(events).map((e, i) => (
        <View key={e.id} className={`timeline__event ${i === 0 ? 'timeline__event--latest' : ''}`}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <Text className='timeline__title'>{EVENT_LABELS[e.kind]}</Text>
            <Text className='timeline__meta'>
              {actorLabel(e.actor)} · {shortDateTime(e.at)}
            </Text>
            {e.note && <Text className='timeline__note'>{e.note}</Text>}
            <TicketPhotos photos={e.photos} label={`${EVENT_LABELS[e.kind]}照片`} />
          </View>
        </View>
      ))}
    </View>
  )
}

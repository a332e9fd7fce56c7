import { Text, View } from '@tarojs/components'
import { EVENT_LABELS } from '@/contract'
import type { ActorRole, TimelineEvent } from '@/contract/tickets'
import { TicketPhotos } from './ticket-photos'
import { shortDateTime } from '@/components/time'

const ACTOR_ROLE_LABELS: Record<ActorRole, string> = {
  resident: '居民',
  grid_worker: '网格员',
  department: '职能部门',
  system: '系统',
}

/** "网格员 赵**", "区城管局", "居民（匿名）", "系统" */
export function actorLabel({ role, name }: TimelineEvent['actor']): string {
  if (role === 'department') return name ?? ACTOR_ROLE_LABELS.department
  if (role === 'system') return ACTOR_ROLE_LABELS.system
  if (!name) return role === 'resident' ? '居民（匿名）' : ACTOR_ROLE_LABELS[role]
  return `${ACTOR_ROLE_LABELS[role]} ${name}`
}

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

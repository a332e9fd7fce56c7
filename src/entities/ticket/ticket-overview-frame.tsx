import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { Ticket } from '@/contract'
import { TicketHead } from './status-badge'
import { TicketPhotos } from './ticket-photos'
import { TicketProgress } from './ticket-progress'

type FramedTicket = Pick<
  Ticket,
  'status' | 'overdue' | 'categoryName' | 'description' | 'photos' | 'mergedIntoId' | 'deadline'
>

/**
 * The head of a ticket's page, for the resident's detail and the grid worker's handling page:
 * status, 超期 and the role's `tags`, a `sub` line, the description and photos, the role's
 * `rows`, and — for a merged ticket — the way to the one it was merged into (`mergedHref`).
 */
export function TicketOverviewFrame({
  ticket: t,
  tags,
  sub,
  rows,
  mergedText,
  mergedHref,
}: {
  ticket: FramedTicket
  tags?: ReactNode
  sub?: ReactNode
  rows: ReactNode
  mergedText: string
  mergedHref: (id: string) => string
}) {
  return (
    <View className='card ticket-overview'>
      <TicketHead ticket={t} tags={tags} block='ticket-overview' />
      <TicketProgress status={t.status} deadline={t.deadline} />
      {sub}
      <Text className='ticket-overview__description'>{t.description}</Text>
      <TicketPhotos photos={t.photos} label='现场照片' />
      <View className='ticket-overview__rows'>{rows}</View>
      {t.mergedIntoId && (
        <View
          className='merged-link'
          onClick={() => void Taro.navigateTo({ url: mergedHref(t.mergedIntoId!) })}
        >
          <Text>{mergedText}</Text>
        </View>
      )}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { TicketSummary } from '@/contract'
import { fromNow } from '@/components/time'
import { TicketHead } from './status-badge'
import { TicketProgress } from './ticket-progress'
import { TicketThumb } from './ticket-thumb'

type CardTicket = Pick<
  TicketSummary,
  | 'status'
  | 'overdue'
  | 'categoryName'
  | 'excerpt'
  | 'address'
  | 'thumbnailUrl'
  | 'createdAt'
  | 'supportCount'
  | 'deadline'
>

/**
 * One ticket in a list, for residents and grid workers alike: status, 超期 and the role's own
 * `tags` at a glance; a tap opens `href`. `actions` sit below, outside the tap area.
 */
export function TicketCard({
  ticket: t,
  href,
  tags,
  actions,
  className = '',
}: {
  ticket: CardTicket
  href: string
  tags?: ReactNode
  actions?: ReactNode
  className?: string
}) {
  return (
    <View className={`card ticket-card ${className}`}>
      <View className='ticket-card__tap' onClick={() => void Taro.navigateTo({ url: href })}>
        <View className='ticket-card__main'>
          <TicketThumb url={t.thumbnailUrl} />
          <View className='ticket-card__body'>
            <TicketHead ticket={t} tags={tags} block='ticket-card' />
            <Text className='ticket-card__excerpt'>{t.excerpt}</Text>
          </View>
        </View>
        <TicketProgress status={t.status} deadline={t.deadline} compact />
        <Text className='ticket-card__address'>{t.address}</Text>
        <View className='ticket-card__foot'>
          <Text className='ticket-card__time'>{fromNow(t.createdAt)}上报</Text>
          {t.supportCount > 0 && <Text className='ticket-card__support'>{t.supportCount} 人也遇到</Text>}
        </View>
      </View>
      {actions}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { TicketSummary } from '@/contract/tickets'
import { ROUTES } from '@/components/routes'
import { OverdueTag, StatusBadge } from '@/components/status-badge'
import { TicketThumb } from '@/components/ticket-thumb'
import { fromNow } from '@/components/time'

/** One ticket in a list; tapping it opens the detail. `actions` sit below, outside the tap area. */
export function TicketCard({ ticket: t, actions }: { ticket: TicketSummary; actions?: ReactNode }) {
  return (
    <View className='card ticket-card'>
      <View className='ticket-card__tap' onClick={() => void Taro.navigateTo({ url: ROUTES.ticket(t.id) })}>
        <View className='ticket-card__main'>
          <TicketThumb url={t.thumbnailUrl} />
          <View className='ticket-card__body'>
            <View className='ticket-card__head'>
              <StatusBadge status={t.status} />
              {t.overdue && <OverdueTag />}
              <Text className='ticket-card__category'>{t.categoryName}</Text>
            </View>
            <Text className='ticket-card__excerpt'>{t.excerpt}</Text>
          </View>
        </View>
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

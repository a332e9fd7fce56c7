import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { WorkbenchItem } from '@/contract'
import { ROUTES } from '@/components/routes'
import { OverdueTag, StatusBadge } from '@/components/status-badge'
import { TicketThumb } from '@/components/ticket-thumb'
import { fromNow } from '@/components/time'
import { UrgeTag } from './tags'

/** One ticket of the queue: status, 超期 and 催办 at a glance; a tap opens it for handling. */
export function WorkbenchCard({ ticket: t }: { ticket: WorkbenchItem }) {
  return (
    <View
      className='card ticket-card workbench-card'
      onClick={() => void Taro.navigateTo({ url: ROUTES.workbenchTicket(t.id) })}
    >
      <View className='ticket-card__main'>
        <TicketThumb url={t.thumbnailUrl} />
        <View className='ticket-card__body'>
          <View className='ticket-card__head'>
            <StatusBadge status={t.status} />
            {t.overdue && <OverdueTag />}
            <UrgeTag count={t.urgeCount} />
          </View>
          <Text className='ticket-card__category'>{t.categoryName}</Text>
          <Text className='ticket-card__excerpt'>{t.excerpt}</Text>
        </View>
      </View>
      <Text className='ticket-card__address'>{t.address}</Text>
      <View className='ticket-card__foot'>
        <Text className='ticket-card__time'>{fromNow(t.createdAt)}上报</Text>
        {t.supportCount > 0 && <Text className='ticket-card__support'>{t.supportCount} 人也遇到</Text>}
      </View>
    </View>
  )
}

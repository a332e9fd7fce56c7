import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Ticket } from '@/contract/tickets'
import { ROUTES } from '@/components/routes'
import { OverdueTag, StatusBadge } from '@/components/status-badge'
import { TicketPhotos } from '@/components/ticket-photos'
import { shortDateTime } from '@/components/time'
import { deadlineLine, ticketSlaLine } from './labels'

function Row({ label, children }: { label: string; children: string }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className='info-row__value'>{children}</Text>
    </View>
  )
}

function reporterText(t: Ticket): string {
  if (!t.reporter) return '匿名'
  return t.reporter.phone ? `${t.reporter.name}（${t.reporter.phone}）` : t.reporter.name
}

/** What the problem is, where, since when, and by when it is promised to be fixed. */
export function TicketOverview({ ticket: t }: { ticket: Ticket }) {
  return (
    <View className='card ticket-overview'>
      <View className='ticket-overview__head'>
        <StatusBadge status={t.status} />
        {t.overdue && <OverdueTag />}
        <Text className='ticket-overview__category'>{t.categoryName}</Text>
      </View>
      <Text className='muted'>{ticketSlaLine(t)}</Text>
      <Text className='ticket-overview__description'>{t.description}</Text>
      <TicketPhotos photos={t.photos} label='现场照片' />
      <View className='ticket-overview__rows'>
        <Row label='地点'>{t.address}</Row>
        <Row label='上报时间'>{shortDateTime(t.createdAt)}</Row>
        {t.deadline && (
          <View className='info-row'>
            <Text className='info-row__label'>办结时限</Text>
            <Text className={`info-row__value ${t.overdue ? 'deadline--overdue' : ''}`}>
              {`${deadlineLine(t.deadline)}${t.overdue ? '（已超期）' : ''}`}
            </Text>
          </View>
        )}
        {!t.deadline && (t.status === 'submitted' || t.status === 'accepted') && (
          <Row label='办结时限'>派单后开始计时</Row>
        )}
        {t.resolvedAt && <Row label='办结时间'>{shortDateTime(t.resolvedAt)}</Row>}
        <Row label='上报人'>{reporterText(t)}</Row>
        {t.supportCount > 0 && <Row label='也遇到'>{`${t.supportCount} 人`}</Row>}
      </View>
      {t.mergedIntoId && (
        <View
          className='merged-link'
          onClick={() => void Taro.navigateTo({ url: ROUTES.ticket(t.mergedIntoId!) })}
        >
          <Text>已与相同的问题合并处理，点这里查看进度 ›</Text>
        </View>
      )}
    </View>
  )
}

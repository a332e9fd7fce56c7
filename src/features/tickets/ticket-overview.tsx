import { Text } from '@tarojs/components'
import type { Ticket } from '@/contract'
import { InfoRow } from '@/components/info-row'
import { ROUTES } from '@/components/routes'
import { shortDateTime } from '@/components/time'
import { TicketOverviewFrame } from '@/entities/ticket/ticket-overview-frame'
import { deadlineLine, ticketSlaLine } from './labels'

/** A promise of when it will be handled, only while it may still be handled. */
const promises = (t: Ticket) => !['rejected', 'merged', 'resolved', 'closed'].includes(t.status)

function reporterText(t: Ticket): string {
  // my own anonymous report: anonymous it is, and I am told nobody else sees my name
  if (t.anonymous) return t.mine ? '匿名（其他人看不到您的名字）' : '匿名'
  if (!t.reporter) return '匿名'
  return t.reporter.phone ? `${t.reporter.name}（${t.reporter.phone}）` : t.reporter.name
}

/** What the problem is, where, since when, and by when it is promised to be fixed. */
export function TicketOverview({ ticket: t }: { ticket: Ticket }) {
  const waiting = !t.deadline && (t.status === 'submitted' || t.status === 'accepted')
  return (
    <TicketOverviewFrame
      ticket={t}
      sub={promises(t) ? <Text className='muted'>{ticketSlaLine(t)}</Text> : null}
      mergedText='已与相同的问题合并处理，点这里查看进度 ›'
      mergedHref={ROUTES.ticket}
      rows={
        <>
          <InfoRow label='地点'>{t.address}</InfoRow>
          <InfoRow label='上报时间'>{shortDateTime(t.createdAt)}</InfoRow>
          {t.deadline && (
            <InfoRow label='办结时限' bad={t.overdue}>
              {`${deadlineLine(t.deadline)}${t.overdue ? '（已超期）' : ''}`}
            </InfoRow>
          )}
          {waiting && <InfoRow label='办结时限'>派单后开始计时</InfoRow>}
          {t.resolvedAt && <InfoRow label='办结时间'>{shortDateTime(t.resolvedAt)}</InfoRow>}
          <InfoRow label='上报人'>{reporterText(t)}</InfoRow>
          {t.supportCount > 0 && <InfoRow label='也遇到'>{`${t.supportCount} 人`}</InfoRow>}
        </>
      }
    />
  )
}

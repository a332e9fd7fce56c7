import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { TICKET_STATUS_LABELS } from '@/contract'
import type { TicketStatus, TicketSummary } from '@/contract/tickets'

/** The status in words and in its colour (the colour alone never carries the meaning). */
export function StatusBadge({ status }: { status: TicketStatus }) {
  return <Text className={`status-badge status-badge--${status}`}>{TICKET_STATUS_LABELS[status]}</Text>
}

export function OverdueTag() {
  return <Text className='overdue-tag'>超期</Text>
}

/**
 * A ticket's head in a card (`ticket-card`) and on its page (`ticket-overview`): status, 超期,
 * the role's `tags`, then the category.
 */
export function TicketHead({
  ticket: t,
  tags,
  block,
}: {
  ticket: Pick<TicketSummary, 'status' | 'overdue' | 'categoryName'>
  tags?: ReactNode
  block: 'ticket-card' | 'ticket-overview'
}) {
  return (
    <View className={`${block}__head`}>
      <StatusBadge status={t.status} />
      {t.overdue && <OverdueTag />}
      {tags}
      <Text className={`${block}__category`}>{t.categoryName}</Text>
    </View>
  )
}

import { Text } from '@tarojs/components'
import { TICKET_STATUS_LABELS } from '@/contract'
import type { TicketStatus } from '@/contract/tickets'

/** The status in words and in its colour (the colour alone never carries the meaning). */
export function StatusBadge({ status }: { status: TicketStatus }) {
  return <Text className={`status-badge status-badge--${status}`}>{TICKET_STATUS_LABELS[status]}</Text>
}

export function OverdueTag() {
  return <Text className='overdue-tag'>超期</Text>
}

import type { ReactNode } from 'react'
import type { TicketSummary } from '@/contract'
import { ROUTES } from '@/components/routes'
import { TicketCard as Card } from '@/entities/ticket/ticket-card'

/** One ticket in 我的上报 or on the board; tapping it opens the detail. */
export function TicketCard({ ticket: t, actions }: { ticket: TicketSummary; actions?: ReactNode }) {
  return <Card ticket={t} href={ROUTES.ticket(t.id)} actions={actions} />
}

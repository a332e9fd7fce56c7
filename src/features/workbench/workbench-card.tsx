import type { WorkbenchItem } from '@/contract'
import { ROUTES } from '@/components/routes'
import { TicketCard } from '@/entities/ticket/ticket-card'
import { UrgeTag } from './tags'

/** One ticket of the queue: status, 超期 and 催办 at a glance; a tap opens it for handling. */
export function WorkbenchCard({ ticket: t }: { ticket: WorkbenchItem }) {
  return (
    <TicketCard
      ticket={t}
      href={ROUTES.workbenchTicket(t.id)}
      className='workbench-card'
      tags={<UrgeTag count={t.urgeCount} />}
    />
  )
}

import { PageShell } from '@/components/page-shell'
import { MyTickets } from '@/features/tickets/my-tickets'

export default function TicketsPage() {
  return (
    <PageShell className='tickets-page'>
      <MyTickets />
    </PageShell>
  )
}

import { PageShell } from '@/components/page-shell'
import { QueuedReports } from '@/features/report/queued-reports'
import { MyTickets } from '@/features/tickets/my-tickets'

export default function TicketsPage() {
  return (
    <PageShell className='tickets-page'>
      <QueuedReports />
      <MyTickets />
    </PageShell>
  )
}

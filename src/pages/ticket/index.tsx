import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { TicketDetail } from '@/features/tickets/ticket-detail'

export default function TicketPage() {
  const { params } = useRouter()
  return (
    <PageShell className='ticket-page'>
      <TicketDetail id={params.id ?? ''} />
    </PageShell>
  )
}

import { PageShell } from '@/components/page-shell'
import { MessageCentre } from '@/features/notifications/message-centre'

export default function MessagesPage() {
  return (
    <PageShell className='messages-page'>
      <MessageCentre />
    </PageShell>
  )
}

import { PageShell } from '@/components/page-shell'
import { MessageCentre } from '@/features/messages/message-centre'

export default function MessagesPage() {
  return (
    <PageShell className='messages-page'>
      <MessageCentre />
    </PageShell>
  )
}

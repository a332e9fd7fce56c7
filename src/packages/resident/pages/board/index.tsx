import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { useViewer } from '@/data/auth'
import { PublicBoard } from '@/features/tickets/public-board'

export default function BoardPage() {
  const viewer = useViewer()
  return (
    <PageShell className='board-page'>
      <PublicBoard me={viewer} />
    </PageShell>
  )
}

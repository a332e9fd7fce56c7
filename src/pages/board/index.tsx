import { PageShell } from '@/components/page-shell'
import { useMe } from '@/data/auth'
import { PublicBoard } from '@/features/tickets/public-board'

export default function BoardPage() {
  const me = useMe()
  return (
    <PageShell className='board-page'>
      <PublicBoard me={{ ready: !me.isPending, communityId: me.data?.communityId ?? null }} />
    </PageShell>
  )
}

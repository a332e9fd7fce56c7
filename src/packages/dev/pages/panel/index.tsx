import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { DevPanel } from '@/features/dev/dev-panel'
import { useMe } from '@/data/auth'

export default function DevPanelPage() {
  const me = useMe()
  return (
    <PageShell>
      <DevPanel currentUserId={me.data?.id} />
    </PageShell>
  )
}

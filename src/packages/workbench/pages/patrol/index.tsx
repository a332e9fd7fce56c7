import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { useMe } from '@/data/auth'
import { PatrolPage } from '@/features/workbench/patrol-panel'

export default function WorkbenchPatrolPage() {
  const me = useMe()
  return (
    <PageShell className='workbench-page'>
      <PatrolPage viewer={{ ready: !me.isPending, role: me.data?.role ?? null }} />
    </PageShell>
  )
}

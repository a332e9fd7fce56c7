import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { useMe } from '@/data/auth'
import { WorkbenchQueue } from '@/features/workbench/queue'

export default function WorkbenchQueuePage() {
  const me = useMe()
  return (
    <PageShell className='workbench-page'>
      <WorkbenchQueue
        viewer={{ ready: !me.isPending, role: me.data?.role ?? null, gridId: me.data?.gridId ?? null }}
      />
    </PageShell>
  )
}

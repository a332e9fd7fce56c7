import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { useMe } from '@/data/auth'
import { StatsPage } from '@/features/workbench/stats-view'

export default function WorkbenchStatsPage() {
  const me = useMe()
  return (
    <PageShell className='workbench-page'>
      <StatsPage viewer={{ ready: !me.isPending, role: me.data?.role ?? null }} />
    </PageShell>
  )
}

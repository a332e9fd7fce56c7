import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { PointsAccountView } from '@/features/points/points-account'

export default function PointsPage() {
  return (
    <PageShell className='points-page'>
      <PointsAccountView />
    </PageShell>
  )
}

import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { Mall } from '@/features/points/mall'

export default function MallPage() {
  return (
    <PageShell className='mall-page'>
      <Mall />
    </PageShell>
  )
}

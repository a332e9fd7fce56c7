import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { Vouchers } from '@/features/points/vouchers'

export default function VouchersPage() {
  return (
    <PageShell className='vouchers-page'>
      <Vouchers />
    </PageShell>
  )
}

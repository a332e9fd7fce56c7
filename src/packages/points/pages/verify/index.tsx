import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { useMe } from '@/data/auth'
import { VerifyVoucher } from '@/features/merchant/verify-voucher'

export default function VerifyPage() {
  const me = useMe()
  return (
    <PageShell className='verify-page'>
      <QueryState isPending={me.isPending} error={me.error} onRetry={() => void me.refetch()}>
        {me.data && <VerifyVoucher user={me.data} />}
      </QueryState>
    </PageShell>
  )
}

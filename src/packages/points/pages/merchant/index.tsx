import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { useMe } from '@/data/auth'
import { MerchantCenter } from '@/features/merchant/merchant-center'

export default function MerchantPage() {
  const me = useMe()
  return (
    <PageShell className='merchant-page'>
      <QueryState isPending={me.isPending} error={me.error} onRetry={() => void me.refetch()}>
        {me.data && <MerchantCenter user={me.data} />}
      </QueryState>
    </PageShell>
  )
}

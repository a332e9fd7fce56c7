import '../../styles.scss'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { VoucherDetail } from '@/features/points/voucher-detail'

export default function VoucherPage() {
  const { params } = useRouter()
  return (
    <PageShell className='voucher-page'>
      <VoucherDetail id={params.id ?? ''} />
    </PageShell>
  )
}

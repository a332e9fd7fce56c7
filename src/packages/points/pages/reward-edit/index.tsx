import '../../styles.scss'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { MerchantOnly } from '@/features/merchant/merchant-only'
import { RewardForm } from '@/features/merchant/reward-form'

export default function RewardEditPage() {
  const { params } = useRouter()
  return (
    <PageShell className='reward-edit-page'>
      <MerchantOnly>
        <RewardForm id={params.id ? decodeURIComponent(params.id) : null} />
      </MerchantOnly>
    </PageShell>
  )
}

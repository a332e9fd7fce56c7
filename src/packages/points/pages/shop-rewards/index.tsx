import '../../styles.scss'
import { PageShell } from '@/components/page-shell'
import { MerchantOnly } from '@/features/merchant/merchant-only'
import { ShopRewards } from '@/features/merchant/shop-rewards'

export default function ShopRewardsPage() {
  return (
    <PageShell className='shop-rewards-page'>
      <MerchantOnly>
        <ShopRewards />
      </MerchantOnly>
    </PageShell>
  )
}

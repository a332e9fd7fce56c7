import '../../styles.scss'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { MerchantOnly } from '@/features/merchant/merchant-only'
import { ShopBooks } from '@/features/merchant/shop-books'

export default function ShopBooksPage() {
  const { params } = useRouter()
  return (
    <PageShell className='shop-books-page'>
      <MerchantOnly>
        <ShopBooks initialTab={params.tab === 'statement' ? 'statement' : 'days'} />
      </MerchantOnly>
    </PageShell>
  )
}

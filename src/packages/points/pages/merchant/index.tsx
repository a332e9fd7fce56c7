import '../../styles.scss'
import { signedInPage } from '@/features/auth/signed-in-page'
import { MerchantCenter } from '@/features/merchant/merchant-center'

export default signedInPage('merchant-page', MerchantCenter)

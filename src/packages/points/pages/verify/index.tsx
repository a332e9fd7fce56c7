import '../../styles.scss'
import { signedInPage } from '@/features/auth/signed-in-page'
import { VerifyVoucher } from '@/features/merchant/verify-voucher'

export default signedInPage('verify-page', VerifyVoucher)

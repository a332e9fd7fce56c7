import '../../styles.scss'
import { pageById } from '@/components/page-shell'
import { VoucherDetail } from '@/features/points/voucher-detail'

export default pageById('voucher-page', VoucherDetail)

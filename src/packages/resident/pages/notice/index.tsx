import '../../styles.scss'
import { pageById } from '@/components/page-shell'
import { NoticeDetail } from '@/features/home/notice-detail'

export default pageById('notice-page', NoticeDetail)

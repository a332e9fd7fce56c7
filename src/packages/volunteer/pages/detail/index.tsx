import '../../styles.scss'
import { pageById } from '@/components/page-shell'
import { ActivityDetail } from '@/features/volunteer/activity-detail'

export default pageById('activity-page', ActivityDetail)

import '../../styles.scss'
import { StatsPage } from '@/features/workbench/stats-view'
import { workbenchPage } from '@/features/workbench/workbench-page'

export default workbenchPage(StatsPage)

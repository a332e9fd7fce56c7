import '../../styles.scss'
import { WorkbenchQueue } from '@/features/workbench/queue'
import { workbenchPage } from '@/features/workbench/workbench-page'

export default workbenchPage(WorkbenchQueue)

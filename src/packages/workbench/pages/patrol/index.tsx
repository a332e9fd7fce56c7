import '../../styles.scss'
import { PatrolPage } from '@/features/workbench/patrol-panel'
import { workbenchPage } from '@/features/workbench/workbench-page'

export default workbenchPage(PatrolPage)

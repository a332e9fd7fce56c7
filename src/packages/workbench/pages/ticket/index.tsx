import '../../styles.scss'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { useViewer } from '@/data/auth'
import { WorkbenchTicketDetail } from '@/features/workbench/workbench-ticket'

export default function WorkbenchTicketPage() {
  const { params } = useRouter()
  const viewer = useViewer()
  return (
    <PageShell className='ticket-page workbench-page'>
      <WorkbenchTicketDetail id={params.id ?? ''} viewer={viewer} />
    </PageShell>
  )
}

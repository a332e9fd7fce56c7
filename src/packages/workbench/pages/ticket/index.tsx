import '../../styles.scss'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { useMe } from '@/data/auth'
import { WorkbenchTicketDetail } from '@/features/workbench/workbench-ticket'

export default function WorkbenchTicketPage() {
  const { params } = useRouter()
  const me = useMe()
  return (
    <PageShell className='ticket-page workbench-page'>
      <WorkbenchTicketDetail
        id={params.id ?? ''}
        viewer={{ ready: !me.isPending, role: me.data?.role ?? null }}
      />
    </PageShell>
  )
}

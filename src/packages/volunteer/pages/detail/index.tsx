import '../../styles.scss'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { ActivityDetail } from '@/features/volunteer/activity-detail'

export default function ActivityPage() {
  const { params } = useRouter()
  return (
    <PageShell className='activity-page'>
      <ActivityDetail id={params.id ?? ''} />
    </PageShell>
  )
}

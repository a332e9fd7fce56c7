import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { Attendance } from '@/features/volunteer/attendance'

export default function CheckinPage() {
  const { params } = useRouter()
  return (
    <PageShell className='checkin-page'>
      <Attendance id={params.id ?? ''} kind={params.kind === 'checkout' ? 'checkout' : 'checkin'} />
    </PageShell>
  )
}

import '../../styles.scss'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { Activities } from '@/features/volunteer/activities'
import type { ActivityTab } from '@/data/volunteer'

const TABS: readonly string[] = ['resident', 'merchant', 'mine']

export default function ActivitiesPage() {
  const { params } = useRouter()
  const tab = (TABS.includes(params.tab ?? '') ? params.tab : 'resident') as ActivityTab
  return (
    <PageShell className='activities-page'>
      <Activities initialTab={tab} />
    </PageShell>
  )
}

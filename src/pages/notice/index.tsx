import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { NoticeDetail } from '@/features/home/notice-detail'

export default function NoticePage() {
  const { params } = useRouter()
  return (
    <PageShell className='notice-page'>
      <NoticeDetail id={params.id ?? ''} />
    </PageShell>
  )
}

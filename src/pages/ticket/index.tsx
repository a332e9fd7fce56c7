import { PageShell } from '@/components/page-shell'
import { ComingSoon } from '@/components/coming-soon'

export default function Page() {
  return (
    <PageShell>
      <ComingSoon title='问题详情' lines={['此页面正在开发，敬请期待。']} />
    </PageShell>
  )
}

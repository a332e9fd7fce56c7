import { PageShell } from '@/components/page-shell'
import { ComingSoon } from '@/components/coming-soon'

export default function Page() {
  return (
    <PageShell>
      <ComingSoon title='附近的问题' lines={['此页面正在开发，敬请期待。']} />
    </PageShell>
  )
}

import { PageShell } from '@/components/page-shell'
import { ComingSoon } from '@/components/coming-soon'

export default function TicketsPage() {
  return (
    <PageShell>
      <ComingSoon
        title='我的上报'
        lines={['这里将列出您上报的每一个问题，以及受理、派单、处理、办结的每一步。', '此功能正在开发，敬请期待。']}
      />
    </PageShell>
  )
}

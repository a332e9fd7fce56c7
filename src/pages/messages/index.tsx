import { PageShell } from '@/components/page-shell'
import { ComingSoon } from '@/components/coming-soon'

export default function MessagesPage() {
  return (
    <PageShell>
      <ComingSoon
        title='消息中心'
        lines={['上报的处理进展、活动提醒和积分变动都会在这里通知您。', '此功能正在开发，敬请期待。']}
      />
    </PageShell>
  )
}

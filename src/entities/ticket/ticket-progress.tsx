import { Text, View } from '@tarojs/components'
import type { TicketStatus } from '@/contract'
import { countdown, useServerNow } from '@/components/time'
import { deadlineRuns, stepsOf } from './progress'

const STATE_WORDS = { done: '已完成', current: '进行中', todo: '未开始', ended: '已结束' } as const

/**
 * The stepper 提交 → 受理 → 派单 → 处理 → 办结 (rejected and merged end early with their own
 * label) and, while a department has the ticket, the live deadline: 还剩 5 小时 / 已超期 3 小时,
 * recomputed while the page is open and when the server's clock moves.
 */
export function TicketProgress({
  status,
  deadline,
  compact = false,
}: {
  status: TicketStatus
  deadline: string | null
  compact?: boolean
}) {
  const now = useServerNow()
  const steps = stepsOf(status)
  const left = deadline && deadlineRuns(status) ? countdown(deadline, now) : null
  return (
    <View className={`ticket-progress ${compact ? 'ticket-progress--compact' : ''}`}>
      <View className='stepper' role='list' aria-label='办理进度'>
        {/* one element a step: the dot and the line to the step before are drawn by its CSS
            (a card shows five of these, and a long list twenty cards) */}
        {steps.map((s) => (
          <View
            key={s.label}
            role='listitem'
            aria-label={`${s.label}：${STATE_WORDS[s.state]}`}
            className={`stepper__step stepper__step--${s.state}`}
          >
            {s.label}
          </View>
        ))}
      </View>
      {left && (
        <Text className={`ticket-progress__left ${left.overdue ? 'ticket-progress__left--overdue' : ''}`}>
          {left.text}
        </Text>
      )}
    </View>
  )
}

import type { TicketStatus } from '@/contract'

export type StepState = 'done' | 'current' | 'todo' | 'ended'

export interface Step {
  label: string
  state: StepState
}

/** 提交 → 受理 → 派单 → 处理 → 办结: how far a ticket has come. */
export const STEPS = ['提交', '受理', '派单', '处理', '办结'] as const

const REACHED: Record<Exclude<TicketStatus, 'rejected' | 'merged'>, number> = {
  submitted: 0,
  accepted: 1,
  dispatched: 2,
  processing: 3,
  resolved: 4,
  closed: 4,
}

/** The statuses that end the way early, with the label the last step shows instead. */
const ENDED: Partial<Record<TicketStatus, string>> = { rejected: '不予受理', merged: '已合并' }

export function stepsOf(status: TicketStatus): Step[] {
  const ended = ENDED[status]
  if (ended)
    return [
      { label: STEPS[0], state: 'done' },
      { label: ended, state: 'ended' },
    ]
  const reached = REACHED[status as keyof typeof REACHED]
  return STEPS.map((label, i) => ({
    label,
    state:
      i < reached || (i === reached && i === STEPS.length - 1) ? 'done' : i === reached ? 'current' : 'todo',
  }))
}

/** Whether the promised deadline still runs: only while a department has the ticket. */
export function deadlineRuns(status: TicketStatus): boolean {
  return status === 'dispatched' || status === 'processing'
}

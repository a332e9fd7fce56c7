import fc from 'fast-check'
import { TicketStatus } from '@/contract'
import { countdown, fromNow } from '@/components/time'
import { deadlineRuns, STEPS, stepsOf } from '@/entities/ticket/progress'

const at = (iso: string) => Date.parse(iso)

describe('the stepper 提交 → 受理 → 派单 → 处理 → 办结', () => {
  it('marks the steps done, the current one, and those to come', () => {
    expect(stepsOf('dispatched').map((s) => `${s.label}:${s.state}`)).toEqual([
      '提交:done',
      '受理:done',
      '派单:current',
      '处理:todo',
      '办结:todo',
    ])
    expect(stepsOf('submitted')[0].state).toBe('current')
    expect(stepsOf('resolved').every((s) => s.state === 'done')).toBe(true)
    expect(stepsOf('closed').every((s) => s.state === 'done')).toBe(true)
  })

  it('ends early with 不予受理 or 已合并, and promises no deadline then', () => {
    expect(stepsOf('rejected').map((s) => s.label)).toEqual(['提交', '不予受理'])
    expect(stepsOf('merged').map((s) => `${s.label}:${s.state}`)).toEqual(['提交:done', '已合并:ended'])
    expect(deadlineRuns('rejected')).toBe(false)
    expect(deadlineRuns('merged')).toBe(false)
    expect(deadlineRuns('processing')).toBe(true)
  })

  it('has exactly one current step while a ticket is open, and never more steps than five', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TicketStatus.options), (status) => {
        const steps = stepsOf(status)
        expect(steps.length).toBeLessThanOrEqual(STEPS.length)
        const current = steps.filter((s) => s.state === 'current').length
        const open = ['submitted', 'accepted', 'dispatched', 'processing'].includes(status)
        expect(current).toBe(open ? 1 : 0)
      }),
    )
  })
})

describe('times by the server clock', () => {
  const now = at('2026-12-08T10:00:00+08:00')

  it('counts down to a deadline and up past it', () => {
    expect(countdown('2026-12-08T15:00:00+08:00', now)).toEqual({ text: '还剩 5 小时', overdue: false })
    expect(countdown('2026-12-08T07:00:00+08:00', now)).toEqual({ text: '已超期 3 小时', overdue: true })
    expect(countdown('2026-12-08T10:40:00+08:00', now).text).toBe('还剩 40 分钟')
    expect(countdown('2026-12-11T13:00:00+08:00', now).text).toBe('还剩 3 天 3 小时')
  })

  it('says how long ago from the given now, not the device clock', () => {
    expect(fromNow('2026-12-08T07:00:00+08:00', now)).toBe('3 小时前')
    expect(fromNow('2026-12-08T09:59:30+08:00', now)).toBe('刚刚')
    // a time ahead of now (the device lagging) is 刚刚, never "in 5 minutes"
    expect(fromNow('2026-12-08T10:05:00+08:00', now)).toBe('刚刚')
    expect(fromNow('2026-11-20T08:30:00+08:00', now)).toBe('11月20日 08:30')
  })
})

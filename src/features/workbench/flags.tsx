import { Text, View } from '@tarojs/components'
import type { WorkbenchItem } from '@/contract'

type Flagged = Pick<
  WorkbenchItem,
  | 'status'
  | 'deadline'
  | 'departmentName'
  | 'overdueHours'
  | 'urgeCount'
  | 'reopened'
  | 'acceptLate'
  | 'acceptBy'
>

const OPEN = ['submitted', 'accepted', 'dispatched', 'processing']
const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** "还剩 5 小时" / "还剩 40 分钟" / "还剩 2 天 3 小时"; overdue when past. */
function countdown(iso: string, now = Date.now()): { text: string; overdue: boolean } {
  const left = Date.parse(iso) - now
  if (left < 0) return { text: '', overdue: true }
  if (left < HOUR) return { text: `还剩 ${Math.max(1, Math.floor(left / MINUTE))} 分钟`, overdue: false }
  const hours = Math.floor(left / HOUR)
  if (hours < 48) return { text: `还剩 ${hours} 小时`, overdue: false }
  const rest = hours % 24
  return { text: `还剩 ${Math.floor(hours / 24)} 天${rest ? ` ${rest} 小时` : ''}`, overdue: false }
}

/** The short tags of a queue line: 超期 N 小时, 受理超时, 催办 ×N, 重办 — in words, colour only helps. */
export function QueueTags({ ticket: t }: { ticket: Flagged }) {
  const open = OPEN.includes(t.status)
  return (
    <>
      {t.overdueHours !== null && <Text className='flag flag--late'>{`超期 ${t.overdueHours} 小时`}</Text>}
      {t.acceptLate && <Text className='flag flag--late'>受理超时</Text>}
      {open && t.urgeCount > 0 && <Text className='flag flag--urge'>{`催办 ×${t.urgeCount}`}</Text>}
      {t.reopened && <Text className='flag flag--reopen'>重办</Text>}
    </>
  )
}

/** "自来水公司 · 还剩 5 小时" / "受理时限还剩 40 分钟": who has it and by when, one line. */
export function deadlineLine(t: Flagged, now?: number): string | null {
  if (t.status === 'submitted' && t.acceptBy) {
    const left = countdown(t.acceptBy, now)
    return left.overdue ? '已超过 2 小时受理时限，请尽快受理' : `受理时限${left.text}`
  }
  if ((t.status === 'dispatched' || t.status === 'processing') && t.deadline) {
    const left = countdown(t.deadline, now)
    const who = t.departmentName ?? '承办部门'
    return left.overdue ? `${who} · 已超过承诺时限` : `${who} · 办结时限${left.text}`
  }
  if (t.status === 'accepted') return '已受理，等待派单或现场办结'
  return null
}

export function DeadlineLine({ ticket }: { ticket: Flagged }) {
  const line = deadlineLine(ticket)
  if (!line) return null
  const late = ticket.overdueHours !== null || ticket.acceptLate
  return (
    <View className={`queue-deadline ${late ? 'queue-deadline--late' : ''}`}>
      <Text>{line}</Text>
    </View>
  )
}

import { serverNow } from '@/api'
import type { Ticket } from '@/contract/tickets'
import { slaLine } from '@/components/format'
import { shortDateTime } from '@/components/time'

/** "预计 2 天内处理 · 区城管局", without the department while none is known */
export function ticketSlaLine(t: Pick<Ticket, 'slaHours' | 'departmentName'>): string {
  return t.departmentName
    ? slaLine(t.slaHours, t.departmentName)
    : slaLine(t.slaHours, '').replace(/ · $/, '')
}

/** "承诺 11月30日 08:30 前办结" */
export function deadlineLine(deadline: string): string {
  return `承诺 ${shortDateTime(deadline)} 前办结`
}

const HOUR = 3600

/** "已催办，5 小时后可再次催办", from the server's wait or the time urging opens again. */
export function urgeWaitHint(
  wait: { seconds?: number; availableAt?: string | null },
  now = serverNow(),
): string {
  let seconds = wait.seconds
  if (seconds === undefined && wait.availableAt) seconds = (Date.parse(wait.availableAt) - now) / 1000
  // this device's clock may disagree with the server's: then say when, not how long
  if (seconds === undefined || seconds <= 0 || seconds > 24 * HOUR) {
    return wait.availableAt ? `已催办，${shortDateTime(wait.availableAt)} 后可再次催办` : '已催办，请稍后再催'
  }
  if (seconds < HOUR) return `已催办，${Math.max(1, Math.ceil(seconds / 60))} 分钟后可再次催办`
  return `已催办，${Math.ceil(seconds / HOUR)} 小时后可再次催办`
}

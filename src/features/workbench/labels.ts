import { serverNow } from '@/api'
import type { DispatchPreview, WorkbenchTicket } from '@/contract'
import { fromNow, shortDateTime } from '@/components/time'

/** "派给 区市政工程中心 · 承诺 11月30日 09:00 前办结" */
export function dispatchLine(p: Pick<DispatchPreview, 'departmentName' | 'deadline'>): string {
  return `派给 ${p.departmentName} · 承诺 ${shortDateTime(p.deadline)} 前办结`
}

/** "办结时限 12 小时，从派单时算起" */
export function slaHint(slaHours: number): string {
  const time = slaHours % 24 === 0 && slaHours >= 48 ? `${slaHours / 24} 天` : `${slaHours} 小时`
  return `办结时限 ${time}，从派单时算起`
}

/** "居民已催办 2 次，最近一次 11月28日 08:30（3 小时前）"; null when never urged. */
export function urgeLine(
  t: Pick<WorkbenchTicket, 'urgeCount' | 'lastUrgedAt'>,
  now = serverNow(),
): string | null {
  if (t.urgeCount < 1) return null
  if (!t.lastUrgedAt) return `居民已催办 ${t.urgeCount} 次`
  const at = Date.parse(t.lastUrgedAt)
  // this device's clock may be behind the server's: then say when, not how long ago
  const ago = at <= now ? `（${fromNow(t.lastUrgedAt, now)}）` : ''
  return `居民已催办 ${t.urgeCount} 次，最近一次 ${shortDateTime(t.lastUrgedAt)}${ago}`
}

/** "5 米", "1.2 公里" */
export function distanceText(meters: number): string {
  return meters < 1000 ? `${meters} 米` : `${(meters / 1000).toFixed(1)} 公里`
}

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

/** Zhengzhou is UTC+8 all year: calendar arithmetic shifts into that zone and back. */
const BEIJING_MS = 8 * HOUR_MS

/** Midnight in Zhengzhou of the day `ms` falls on. */
export function startOfDay(ms: number): number {
  return Math.floor((ms + BEIJING_MS) / DAY_MS) * DAY_MS - BEIJING_MS
}

/** `days` days from the day of `now`, at hh:mm Zhengzhou time. */
export function dayAt(now: number, days: number, hour: number, minute = 0): number {
  return startOfDay(now) + days * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS
}

/** 0 Sunday … 6 Saturday, in Zhengzhou. */
export function weekday(ms: number): number {
  return new Date(ms + BEIJING_MS).getUTCDay()
}

/**
 * The same wall-clock moment `months` calendar months later, in Zhengzhou; a day the target
 * month lacks (29 Feb, 31 Apr) rolls to the last day of that month.
 */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms + BEIJING_MS)
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
  d.setUTCDate(Math.min(day, lastDay))
  return d.getTime() - BEIJING_MS
}

/** 12月5日 19:00, as a message to a person says a time. */
export function shortDateTime(ms: number): string {
  const d = new Date(ms + BEIJING_MS)
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`
}

/** 2 小时 5 分钟 */
export function durationText(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE_MS))
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} 分钟`
  return m === 0 ? `${h} 小时` : `${h} 小时 ${m} 分钟`
}

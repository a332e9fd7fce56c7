import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

/** "11月30日 周六 08:00–10:30"; an activity over midnight shows both days. */
export function timeRange(startIso: string, endIso: string): string {
  const start = dayjs(startIso).locale('zh-cn')
  const end = dayjs(endIso).locale('zh-cn')
  const day = start.format(start.year() === dayjs().year() ? 'M月D日 dddd' : 'YYYY年M月D日 dddd')
  const head = `${day.replace('星期', '周')} ${start.format('HH:mm')}`
  return start.isSame(end, 'day')
    ? `${head}–${end.format('HH:mm')}`
    : `${head} 至 ${end.format('M月D日 HH:mm')}`
}

/** "11月28日 19:00 至 23:00", the day said once when both ends fall on it */
export function span(fromIso: string, toIso: string): string {
  const from = dayjs(fromIso)
  const to = dayjs(toIso)
  return `${from.format('M月D日 HH:mm')} 至 ${to.format(from.isSame(to, 'day') ? 'HH:mm' : 'M月D日 HH:mm')}`
}

/** "2 小时 5 分钟" */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} 分钟`
  return m === 0 ? `${h} 小时` : `${h} 小时 ${m} 分钟`
}

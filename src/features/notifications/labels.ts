import { shortDateTime } from '@/components/time'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * "刚刚", "5 分钟前", "3 小时前", "2 天前", then the date. A time ahead of this device's clock
 * (the server's clock may run ahead) reads 刚刚.
 */
export function messageTime(at: string, now = Date.now()): string {
  const ago = now - Date.parse(at)
  if (ago < MINUTE) return '刚刚'
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} 分钟前`
  if (ago < DAY) return `${Math.floor(ago / HOUR)} 小时前`
  if (ago < 7 * DAY) return `${Math.floor(ago / DAY)} 天前`
  return shortDateTime(at)
}

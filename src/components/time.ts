import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { useEffect, useState } from 'react'
import { onServerClockChange, serverNow } from '@/api/server-clock'

dayjs.locale('zh-cn')

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * "刚刚", "5 分钟前", "3 小时前", "2 天前", then the date — counted from the server's clock, so
 * lists, timelines and messages agree after the developer panel moves it. A time ahead of now
 * reads 刚刚.
 */
export function fromNow(iso: string, now = serverNow()): string {
  const ago = now - Date.parse(iso)
  if (ago < MINUTE) return '刚刚'
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} 分钟前`
  if (ago < DAY) return `${Math.floor(ago / HOUR)} 小时前`
  if (ago < 7 * DAY) return `${Math.floor(ago / DAY)} 天前`
  return shortDateTime(iso, now)
}

/** "11月28日 08:30", with the year only when it is not this year */
export function shortDateTime(iso: string, now = serverNow()): string {
  const d = dayjs(iso)
  return d.format(d.year() === dayjs(now).year() ? 'M月D日 HH:mm' : 'YYYY年M月D日 HH:mm')
}

function span(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.floor(ms / MINUTE))} 分钟`
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} 小时`
  const days = Math.floor(ms / DAY)
  const hours = Math.floor((ms - days * DAY) / HOUR)
  return hours ? `${days} 天 ${hours} 小时` : `${days} 天`
}

/** "还剩 5 小时" before a deadline, "已超期 3 小时" after it. */
export function countdown(deadline: string, now = serverNow()): { text: string; overdue: boolean } {
  const left = Date.parse(deadline) - now
  return left >= 0
    ? { text: `还剩 ${span(left)}`, overdue: false }
    : { text: `已超期 ${span(-left)}`, overdue: true }
}

/**
 * The server's now, kept current while a page is open: re-renders every `everyMs` and when the
 * server's clock moves, so countdowns and "3 小时前" stay true without a reload.
 */
export function useServerNow(everyMs = 30_000): number {
  const [now, setNow] = useState(serverNow)
  useEffect(() => {
    const tick = () => setNow(serverNow())
    const timer = setInterval(tick, everyMs)
    const stop = onServerClockChange(tick)
    return () => {
      clearInterval(timer)
      stop()
    }
  }, [everyMs])
  return now
}

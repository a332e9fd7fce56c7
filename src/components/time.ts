import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import relativeTime from 'dayjs/plugin/relativeTime'

dayjs.extend(relativeTime)
dayjs.locale('zh-cn')

/** "3 小时前" */
export function fromNow(iso: string, now?: string): string {
  return now ? dayjs(iso).from(dayjs(now)) : dayjs(iso).fromNow()
}

/** "11月28日 08:30", with the year only when it is not this year */
export function shortDateTime(iso: string): string {
  const d = dayjs(iso)
  return d.format(d.year() === dayjs().year() ? 'M月D日 HH:mm' : 'YYYY年M月D日 HH:mm')
}

import { fromNow } from '@/components/time'

/** "刚刚", "5 分钟前", "3 小时前", "2 天前", then the date, by the server's clock. */
export const messageTime = (at: string, now?: number): string => fromNow(at, now)

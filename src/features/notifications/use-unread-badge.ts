import type { QueryClient } from '@tanstack/react-query'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import type { UnreadCount } from '@/contract'
import { getSession, onSessionChange, queryClient } from '@/api'
import { onPageShow } from '@/platform/page-shows'
import { showTabCount } from '@/platform/tab-badge'
import { fetchUnreadCount, notificationKeys } from '@/data/notifications'

/** The 消息 tab's place in app.config.ts's tabBar list (首页 上报 我的上报 消息 我的). */
export const MESSAGES_TAB_INDEX = 3

const unreadKey = notificationKeys.unread
const isUnreadKey = (key: readonly unknown[]) =>
  key.length === unreadKey.length && unreadKey.every((k, i) => key[i] === k)

/**
 * Keeps the unread count on the 消息 tab: every new count in the cache (fetched, or set when
 * messages are read) goes to the tab bar; the count is fetched again on every page show and
 * when another person logs in. Returns `refresh` and `stop`.
 */
export function watchUnreadBadge(client: QueryClient) {
  const refresh = () =>
    void client
      .fetchQuery({ queryKey: unreadKey, queryFn: fetchUnreadCount, staleTime: 0 })
      .catch(() => undefined)
  const stopCache = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return
    if (!isUnreadKey(event.query.queryKey)) return
    const data = event.query.state.data as UnreadCount | undefined
    if (data) showTabCount(MESSAGES_TAB_INDEX, data.count)
  })
  let user = getSession()?.user.id
  const stopSession = onSessionChange(() => {
    const next = getSession()?.user.id
    if (next && next !== user) refresh()
    user = next ?? user
  })
  const stopPages = onPageShow(refresh)
  return {
    refresh,
    stop: () => {
      stopCache()
      stopSession()
      stopPages()
    },
  }
}

/** For src/app.tsx: the unread badge on the 消息 tab, also refreshed when the app comes back. */
export function useUnreadBadge(client: QueryClient = queryClient): void {
  const watcher = useRef<ReturnType<typeof watchUnreadBadge> | null>(null)
  useEffect(() => {
    const w = watchUnreadBadge(client)
    watcher.current = w
    w.refresh()
    return w.stop
  }, [client])
  useDidShow(() => watcher.current?.refresh())
}

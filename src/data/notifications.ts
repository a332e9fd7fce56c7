import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type MarkReadBody, type Notification, type UnreadCount } from '@/contract'
import { endpoints as api } from '@/contract/notifications'
import { call } from '@/api'
import { roots } from './keys'
import { PAGE_SIZE, patchInfinite, usePaged } from './paged'

/** Everything of the message centre (消息) lives under one root; other domains invalidate it by that root. */
export const notificationKeys = {
  all: roots.notifications,
  list: [...roots.notifications, 'list'] as const,
  unread: [...roots.notifications, 'unread'] as const,
}

export function useNotifications() {
  return usePaged(notificationKeys.list, (cursor) =>
    call(api.listNotifications, { query: { cursor, limit: PAGE_SIZE } }),
  )
}

export const fetchUnreadCount = () => call(api.unreadCount)

export function useUnreadCount() {
  return useQuery({ queryKey: notificationKeys.unread, queryFn: fetchUnreadCount })
}

/**
 * 已读, one or all: the list and the count change at once (the badge follows the count), then
 * the server's answer sets the count; a failure puts everything back by refetching. Marking read
 * twice is harmless, so it needs no Idempotency-Key.
 */
export function useMarkRead() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: MarkReadBody) => call(api.markNotificationsRead, { body }),
    onMutate: async (body) => {
      await qc.cancelQueries({ queryKey: notificationKeys.unread })
      const hit = (m: Notification) => body.all === true || (body.ids ?? []).includes(m.id)
      let newlyRead = 0
      patchInfinite<Notification>(qc, notificationKeys.list, (m) => {
        if (m.read || !hit(m)) return m
        newlyRead++
        return { ...m, read: true }
      })
      qc.setQueryData<UnreadCount>(notificationKeys.unread, (c) =>
        c ? { count: body.all ? 0 : Math.max(0, c.count - newlyRead) } : c,
      )
    },
    onSuccess: (left) => qc.setQueryData(notificationKeys.unread, left),
    onError: () => void qc.invalidateQueries({ queryKey: notificationKeys.all }),
  })
}

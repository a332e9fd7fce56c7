import { useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query'
import { api, type MarkReadBody, type Notification, type UnreadCount } from '@/contract'
import { call } from '@/api'
import { usePaged, type CursorPageOf } from '@/api/paged'
import { messageListKey, messagesKey, unreadKey } from './keys'

export const PAGE_SIZE = 20

export function useMessages() {
  return usePaged(messageListKey, (cursor) =>
    call(api.listNotifications, { query: { cursor, limit: PAGE_SIZE } }),
  )
}

export const fetchUnread = () => call(api.unreadCount)

export function useUnreadCount() {
  return useQuery({ queryKey: unreadKey, queryFn: fetchUnread })
}

type Pages = InfiniteData<CursorPageOf<Notification>>

/**
 * 已读, one or all: the list and the count change at once (the badge follows the count), then
 * the server's answer sets the count; a failure puts everything back by refetching.
 */
export function useMarkRead() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: MarkReadBody) => call(api.markNotificationsRead, { body }),
    onMutate: async (body) => {
      await qc.cancelQueries({ queryKey: unreadKey })
      const hit = (m: Notification) => body.all === true || (body.ids ?? []).includes(m.id)
      let newlyRead = 0
      qc.setQueryData<Pages>(messageListKey, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((p) => ({
                ...p,
                items: p.items.map((m) => {
                  if (m.read || !hit(m)) return m
                  newlyRead++
                  return { ...m, read: true }
                }),
              })),
            }
          : data,
      )
      qc.setQueryData<UnreadCount>(unreadKey, (c) =>
        c ? { count: body.all ? 0 : Math.max(0, c.count - newlyRead) } : c,
      )
    },
    onSuccess: (left) => qc.setQueryData(unreadKey, left),
    onError: () => void qc.invalidateQueries({ queryKey: messagesKey }),
  })
}

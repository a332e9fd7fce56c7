import type { NotificationInput, NotificationsSlice, StoredNotification } from './model'

/** What sending a message needs of a store: the message slice (mock/store's Store has it). */
export interface MessageStore {
  readonly state: { notifications: NotificationsSlice }
}

/**
 * The message centre's store operations. notify() is the one way any domain (tickets, points,
 * volunteer) sends a person a message; it is synchronous and never fails a request.
 */

/** Each person keeps their newest messages only: the whole list stays far below WeChat's 1 MB per key. */
export const MAX_MESSAGES_PER_USER = 100

function notificationId(seq: number): string {
  return `n-${String(seq).padStart(4, '0')}`
}

/** Appends a message to a slice (also how the seed builds one); returns it. */
export function addNotification(
  slice: NotificationsSlice,
  userId: string,
  input: NotificationInput,
): StoredNotification {
  const message: StoredNotification = {
    id: notificationId(slice.nextSeq),
    userId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    at: input.at,
    readAt: null,
    ticketId: input.ticketId ?? null,
    activityId: input.activityId ?? null,
    voucherId: input.voucherId ?? null,
  }
  slice.nextSeq += 1
  slice.items.push(message)
  const mine = slice.items.filter((m) => m.userId === userId)
  if (mine.length > MAX_MESSAGES_PER_USER) {
    const oldest = [...mine].sort((a, b) => a.at - b.at)[0]
    slice.items.splice(slice.items.indexOf(oldest), 1)
  }
  return message
}

/** Sends `userId` a message, e.g. notify(store, 'u-resident-1', { kind: 'points', title, body, at: now }). */
export function notify(store: MessageStore, userId: string, input: NotificationInput): StoredNotification {
  return addNotification(store.state.notifications, userId, input)
}

export function messagesOf(store: MessageStore, userId: string): StoredNotification[] {
  return store.state.notifications.items.filter((m) => m.userId === userId)
}

export function unreadCount(store: MessageStore, userId: string): number {
  return messagesOf(store, userId).filter((m) => m.readAt === null).length
}

/**
 * Marks the given messages of `userId` read (ids of other people's messages, or unknown ones,
 * change nothing), or all of them.
 */
export function markRead(
  store: MessageStore,
  userId: string,
  which: { ids?: string[]; all?: true },
  now: number,
): void {
  const ids = new Set(which.ids ?? [])
  const items = store.state.notifications.items
  for (let i = 0; i < items.length; i++) {
    const m = items[i]
    if (m.userId === userId && m.readAt === null && (which.all === true || ids.has(m.id)))
      items[i] = { ...m, readAt: now }
  }
}

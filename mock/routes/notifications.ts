import type { Api } from '../../src/contract'
import { messagesOf, markRead as mark, unreadCount as countUnread } from '../notifications/service'
import { pageMessages, toNotification } from '../notifications/queries'
import { settleUser } from '../points/settle'
import { signedIn, type Routes } from '../route-types'
import type { Store } from '../store'
import { settledTickets } from '../tickets/repo'

/**
 * The message centre: only ever the caller's own messages. Tickets and the caller's points and
 * activities are settled first, so what the department did while the clock moved, and the
 * reminders whose moment has come, are already there.
 */

function settled(store: Store, userId: string, now: number): void {
  settledTickets(store, now)
  settleUser(store, userId, now)
}

export const routes = {
  listNotifications: (ctx) => {
    const user = signedIn(ctx)
    settled(ctx.store, user.id, ctx.clock.now())
    const { items, nextCursor } = pageMessages(
      messagesOf(ctx.store, user.id),
      ctx.query.cursor,
      ctx.query.limit,
    )
    return { items: items.map(toNotification), nextCursor }
  },

  unreadCount: (ctx) => {
    const user = signedIn(ctx)
    settled(ctx.store, user.id, ctx.clock.now())
    return { count: countUnread(ctx.store, user.id) }
  },

  markNotificationsRead: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    settled(ctx.store, user.id, now)
    mark(ctx.store, user.id, ctx.body, now)
    return { count: countUnread(ctx.store, user.id) }
  },
} satisfies Partial<Routes<Api>>

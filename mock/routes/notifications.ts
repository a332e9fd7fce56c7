import type { Api } from '../../src/contract'
import { messagesOf, markRead as mark, unreadCount as countUnread } from '../notifications/service'
import { pageMessages, toNotification } from '../notifications/queries'
import { signedIn, type Routes } from '../route-types'
import { settledTickets } from '../tickets/repo'

/**
 * The message centre: only ever the caller's own messages. Tickets are settled first, so what
 * the department did while the clock moved is already there.
 */

export const routes = {
  listNotifications: (ctx) => {
    const user = signedIn(ctx)
    settledTickets(ctx.store, ctx.clock.now())
    const { items, nextCursor } = pageMessages(
      messagesOf(ctx.store, user.id),
      ctx.query.cursor,
      ctx.query.limit,
    )
    return { items: items.map(toNotification), nextCursor }
  },

  unreadCount: (ctx) => {
    const user = signedIn(ctx)
    settledTickets(ctx.store, ctx.clock.now())
    return { count: countUnread(ctx.store, user.id) }
  },

  markNotificationsRead: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    settledTickets(ctx.store, now)
    mark(ctx.store, user.id, ctx.body, now)
    return { count: countUnread(ctx.store, user.id) }
  },
} satisfies Partial<Routes<Api>>

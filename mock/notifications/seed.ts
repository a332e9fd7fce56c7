import { USERS } from '../seed-users'
import type { StoredTicket } from '../tickets/model'
import type { NotificationsSlice } from './model'
import { addNotification } from './service'
import { ticketMessages } from './ticket-messages'

const HOUR_MS = 60 * 60 * 1000

/** The seeded message centre covers the last month; anything older than this is already read. */
const SEEDED_DAYS = 30
const READ_BEFORE_HOURS = 36

/**
 * Messages for the dev users, derived from the seeded tickets' timelines by the same words the
 * live path uses, so every message matches what the ticket shows. For u-resident-1 the last
 * 36 hours are unread: t-0005 dispatched and picked up, t-0010 merged, t-0012 dispatched again.
 * Reminders (reminders.ts) start from this moment.
 */
export function seedNotifications(tickets: readonly StoredTicket[], now: number): NotificationsSlice {
  const slice: NotificationsSlice = { nextSeq: 1, items: [], remindersFrom: now, remindedUntil: {} }
  const people = new Set(USERS.map((u) => u.id))
  const since = now - SEEDED_DAYS * 24 * HOUR_MS
  const events = tickets
    .flatMap((ticket) => ticket.timeline.map((event) => ({ ticket, event })))
    .filter(({ event }) => event.at >= since)
    .sort((a, b) => a.event.at - b.event.at)
  for (const { ticket, event } of events) {
    for (const { userId, input } of ticketMessages(ticket, event)) {
      if (people.has(userId)) addNotification(slice, userId, input)
    }
  }
  const readBefore = now - READ_BEFORE_HOURS * HOUR_MS
  slice.items = slice.items.map((m) => (m.at < readBefore ? { ...m, readAt: m.at + HOUR_MS } : m))
  return slice
}

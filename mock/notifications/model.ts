import { z } from 'zod'
import { Id, NotificationKind } from '../../src/contract'

/** A message as the store keeps it: one person's, times in epoch milliseconds. */
export const StoredNotification = z.object({
  id: Id,
  /** who it was sent to; nobody else ever sees it */
  userId: z.string(),
  kind: NotificationKind,
  title: z.string(),
  body: z.string(),
  at: z.number(),
  readAt: z.number().nullable(),
  ticketId: Id.nullable(),
  activityId: Id.nullable(),
  /** older saved states have no vouchers in messages */
  voucherId: Id.nullable().default(null),
})
export type StoredNotification = z.infer<typeof StoredNotification>

/**
 * The persisted slice: every message, oldest first, and the number the next one gets; and how
 * far the clock's reminders have been sent (reminders.ts): each person's reminders due up to
 * `remindedUntil[userId]` are out, and a person without an entry starts at `remindersFrom`
 * (the moment of seeding; older saved states have neither and start at their first look).
 */
export const NotificationsSlice = z.object({
  nextSeq: z.number().int().positive(),
  items: z.array(StoredNotification),
  remindersFrom: z.number().optional(),
  remindedUntil: z.record(z.string(), z.number()).default({}),
})
export type NotificationsSlice = z.infer<typeof NotificationsSlice>

/** What another domain hands notify(). */
export interface NotificationInput {
  kind: NotificationKind
  title: string
  body: string
  /** when it happened (the mock clock), which orders the message centre */
  at: number
  ticketId?: string | null
  activityId?: string | null
  voucherId?: string | null
}

import { z } from 'zod'
import { ALL_ROLES, get, post } from './endpoint'
import { CursorPage, Id, IsoDateTime, PageQuery } from './common'

/** What a message is about; each kind's Chinese name is in NOTIFICATION_KIND_LABELS. */
export const NotificationKind = z.enum(['ticket', 'points', 'activity', 'system'])
export type NotificationKind = z.infer<typeof NotificationKind>

/**
 * One message of the message centre (消息). Only ever shown to the person it was sent to.
 * A tap opens what it is about: `ticketId` the ticket (for a grid worker, its handling page in
 * the workbench), `activityId` the activity, `voucherId` the voucher; a `points` message with
 * none of them opens 我的积分 (balance and 积分明细).
 */
export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  /** short: 上报已受理 */
  title: z.string(),
  /** plain sentences: 您上报的「路灯损坏」已受理，网格员会尽快安排处理。 */
  body: z.string(),
  at: IsoDateTime,
  read: z.boolean(),
  /** the ticket it is about: tapping the message opens it */
  ticketId: Id.nullable(),
  /** the volunteer activity it is about (活动明天开始, 活动一小时后开始, 忘记签退？, 候补成功) */
  activityId: Id.nullable(),
  /**
   * the voucher whose redemption spent the points, or whose cancel or expiry gave them back
   * (积分已使用, 积分已退回); servers that predate it may leave it out
   */
  voucherId: Id.nullable().default(null),
})
export type Notification = z.infer<typeof Notification>

export const UnreadCount = z.object({ count: z.number().int().nonnegative() })
export type UnreadCount = z.infer<typeof UnreadCount>

/** `{ ids }` marks those of my messages read (others' ids are ignored); `{ all: true }` marks all. */
export const MarkReadBody = z
  .object({
    ids: z.array(Id).min(1, '请选择要标记为已读的消息').max(100, '一次最多 100 条').optional(),
    all: z.literal(true).optional(),
  })
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), {
    message: '请选择要标记为已读的消息，或者全部标记为已读',
  })
export type MarkReadBody = z.infer<typeof MarkReadBody>

export const endpoints = {
  listNotifications: get('/notifications', {
    summary: '我的消息，最新的在前',
    access: ALL_ROLES,
    query: PageQuery,
    response: CursorPage(Notification),
  }),

  unreadCount: get('/notifications/unread-count', {
    summary: '未读消息数（消息角标）',
    access: ALL_ROLES,
    response: UnreadCount,
  }),

  markNotificationsRead: post('/notifications/read', {
    summary: '标记已读（几条或全部）；返回剩下的未读数',
    access: ALL_ROLES,
    body: MarkReadBody,
    response: UnreadCount,
    errors: ['VALIDATION_FAILED'],
  }),
}

import { POINTS_RULES } from '../../src/contract'
import type { PointsStore } from '../points/domain'
import { ledgerOf } from '../points/ledger'
import { entriesOf, openLots } from '../points/lots'
import type { StoredEntry } from '../points/model'
import { DAY_MS, HOUR_MS, startOfDay } from '../points/time'
import type { StoredActivity, StoredSignup } from '../volunteer/model'
import { checkoutClosesAt } from '../volunteer/phase'
import { findActivity, volunteerOf } from '../volunteer/repo'
import type { NotificationInput } from './model'
import { clockText, dayText } from './points-messages'
import { notify } from './service'

/**
 * Messages the clock sends: points about to expire (30 days ahead, once for the points expiring
 * on one day), an activity tomorrow and in an hour, a check-out forgotten when the activity
 * ended. Each has a moment, and whether it is sent is decided by the state *as of that moment*
 * (the ledger up to it, who was signed up and checked in then), which nothing done later can
 * change. So each person keeps one mark: every moment up to it has been dealt with. Settling
 * again finds nothing new before the mark, however often it runs; a reload that lost unsaved
 * messages lost the mark with them, and sends them again, once.
 */

const EXPIRY_NOTICE_MS = POINTS_RULES.expiringSoonDays * DAY_MS
const TOMORROW_MS = 24 * HOUR_MS

/** The first moment each expiry day is announced: 30 days before the earliest points of that day. */
function expiryDays(entries: readonly StoredEntry[]): Map<number, number> {
  const first = new Map<number, number>()
  for (const e of entries) {
    for (const lot of e.lots) {
      const day = startOfDay(lot.expiresAt)
      first.set(day, Math.min(first.get(day) ?? lot.expiresAt, lot.expiresAt))
    }
  }
  return first
}

function expiringPoints(
  store: PointsStore,
  userId: string,
  after: number,
  until: number,
): NotificationInput[] {
  const entries = entriesOf(ledgerOf(store), userId)
  const out: NotificationInput[] = []
  for (const [day, firstExpiry] of expiryDays(entries)) {
    const at = firstExpiry - EXPIRY_NOTICE_MS
    if (at <= after || at > until) continue
    const amount = openLots(entries.filter((e) => e.at <= at))
      .filter((l) => startOfDay(l.expiresAt) === day)
      .reduce((sum, l) => sum + l.remaining, 0)
    if (amount === 0) continue
    out.push({
      kind: 'points',
      at,
      title: '积分即将过期',
      body: `您有 ${amount} 积分将在 ${dayText(firstExpiry)} 过期，过期后就不能用了，记得去积分商城兑换礼品。`,
    })
  }
  return out
}

const signedUpAt = (s: StoredSignup, at: number) =>
  s.signedUpAt <= at && (s.cancelledAt === null || s.cancelledAt > at)

function activityMessages(s: StoredSignup, a: StoredActivity): NotificationInput[] {
  const where = `地点：${a.place}。`
  const base = { kind: 'activity' as const, activityId: a.id }
  const out: NotificationInput[] = []
  for (const [before, title] of [
    [TOMORROW_MS, '活动明天开始'],
    [HOUR_MS, '活动一小时后开始'],
  ] as const) {
    const at = a.startAt - before
    // an hour before 00:30 is the evening before
    const day = startOfDay(at) === startOfDay(a.startAt) ? '今天' : '明天'
    if (signedUpAt(s, at)) {
      out.push({
        ...base,
        at,
        title,
        body: `您报名的「${a.title}」${day} ${clockText(a.startAt)} 开始，${where}请提前到场扫码签到；去不了请在开始前取消报名。`,
      })
    }
  }
  const ended = a.endAt
  if (signedUpAt(s, ended) && s.checkinAt !== null && s.checkinAt <= ended) {
    if (s.checkoutAt === null || s.checkoutAt > ended) {
      out.push({
        ...base,
        at: ended,
        title: '忘记签退？',
        body: `「${a.title}」已经结束，您签到了还没有签退。请在 ${clockText(checkoutClosesAt(a))} 前扫码签退；过了时间，服务时长按活动结束时间计算。`,
      })
    }
  }
  return out
}

function activityReminders(
  store: PointsStore,
  userId: string,
  after: number,
  until: number,
): NotificationInput[] {
  return volunteerOf(store)
    .signups.filter((s) => s.userId === userId)
    .flatMap((s) => activityMessages(s, findActivity(store, s.activityId)))
    .filter((m) => m.at > after && m.at <= until)
}

/**
 * Sends `userId` every reminder whose moment has come since the last one sent (or since the
 * store was seeded), dated at its moment. Runs at the end of points/settle's settleUser, after
 * everything the clock decided up to `now` is in the ledger.
 */
export function sendDueReminders(store: PointsStore, userId: string, now: number): void {
  const slice = store.state.notifications
  if (slice.remindersFrom === undefined) slice.remindersFrom = now
  const after = slice.remindedUntil[userId] ?? slice.remindersFrom
  if (now <= after) return
  const due = [
    ...expiringPoints(store, userId, after, now),
    ...activityReminders(store, userId, after, now),
  ].sort((a, b) => a.at - b.at)
  if (due.length === 0) return
  for (const input of due) notify(store, userId, input)
  slice.remindedUntil[userId] = due[due.length - 1].at
}

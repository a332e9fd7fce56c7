import { shortDateTime } from '../points/time'
import type { StoredEntry } from '../points/model'
import { notify, type MessageStore } from './service'

/**
 * What a change of someone's points tells them (积分到账, 积分已使用, 积分已退回): how many, why,
 * and the balance now. The ledger's own functions call these where the change is written, so
 * a message goes out exactly when an entry does, and never for the seed's silent history.
 */

/** 积分到账: `why` says what earned them, e.g. 您参加「周六巡河」; `aside` any word on how they were counted. */
export function notifyPointsEarned(store: MessageStore, entry: StoredEntry, why: string, aside = ''): void {
  notify(store, entry.userId, {
    kind: 'points',
    at: entry.at,
    title: '积分到账',
    body: `${why}获得 ${entry.amount} 积分${aside}，现在共有 ${entry.balanceAfter} 积分。`,
  })
}

/** 积分已使用: a redemption; the message opens the voucher. */
export function notifyPointsSpent(
  store: MessageStore,
  entry: StoredEntry,
  voucherId: string,
  what: string,
): void {
  notify(store, entry.userId, {
    kind: 'points',
    at: entry.at,
    voucherId,
    title: '积分已使用',
    body: `您兑换了${what}，用去 ${-entry.amount} 积分，还剩 ${entry.balanceAfter} 积分。到店出示券码即可使用。`,
  })
}

/** 积分已退回: a voucher cancelled by its holder or expired unused; the message opens the voucher. */
export function notifyPointsRefunded(
  store: MessageStore,
  entry: StoredEntry,
  voucherId: string,
  what: string,
  why: 'cancelled' | 'expired',
): void {
  const how = why === 'cancelled' ? `您取消了${what}` : `${what}到期没有使用`
  notify(store, entry.userId, {
    kind: 'points',
    at: entry.at,
    voucherId,
    title: '积分已退回',
    body: `${how}，${entry.amount} 积分已退回，现在共有 ${entry.balanceAfter} 积分。`,
  })
}

/** 12月28日 */
export function dayText(ms: number): string {
  return shortDateTime(ms).split(' ')[0]
}

/** 19:00 */
export function clockText(ms: number): string {
  return shortDateTime(ms).split(' ')[1]
}

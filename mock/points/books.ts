import type { MerchantTotals, RedemptionDay, Statement, StatementLine, Tally } from '../../src/contract'
import { formatIso } from '../clock'
import { forbidden } from '../errors'
import { pageAfter } from '../paging'
import type { StoredUser } from '../state'
import type { PeopleStore, PointsStore } from './domain'
import { findReward, mallOf, shopOfOwner } from './mall'
import type { StoredRedemption, StoredShop } from './model'
import { settleAll } from './settle'
import { toShop, toVerified } from './views'

/**
 * A shop's books: every voucher of its rewards that its counter redeemed, by Zhengzhou day and
 * month. Nothing here is stored apart from the vouchers, so the totals are always a recount.
 */

/** 2026-11-28 / 2026-11, in Zhengzhou. */
export const dayOf = (ms: number) => formatIso(ms).slice(0, 10)
export const monthOf = (ms: number) => formatIso(ms).slice(0, 7)

export function verifiedShop(store: PointsStore, merchant: StoredUser): StoredShop {
  const shop = shopOfOwner(store, merchant.id)
  if (!shop?.verified) throw forbidden('您的店铺还没有通过认证')
  return shop
}

function ofShop(store: PointsStore, shop: StoredShop): StoredRedemption[] {
  return mallOf(store).redemptions.filter((r) => findReward(store, r.rewardId).shopId === shop.id)
}

/** Used at my counter, newest first (ties by id, so the order never changes between pages). */
export function usedAt(store: PointsStore, shop: StoredShop): (StoredRedemption & { usedAt: number })[] {
  return ofShop(store, shop)
    .filter((r): r is StoredRedemption & { usedAt: number } => r.status === 'used' && r.usedAt !== null)
    .sort((a, b) => b.usedAt - a.usedAt || b.id.localeCompare(a.id))
}

export function tally(vouchers: readonly StoredRedemption[]): Tally {
  return {
    vouchers: vouchers.length,
    pieces: vouchers.reduce((n, v) => n + v.quantity, 0),
    points: vouchers.reduce((n, v) => n + v.points, 0),
  }
}

export function merchantTotals(store: PeopleStore, merchant: StoredUser, now: number): MerchantTotals {
  const shop = verifiedShop(store, merchant)
  settleAll(store, now)
  const used = usedAt(store, shop)
  return {
    shop: toShop(shop),
    today: tally(used.filter((v) => dayOf(v.usedAt) === dayOf(now))),
    thisMonth: tally(used.filter((v) => monthOf(v.usedAt) === monthOf(now))),
    allTime: tally(used),
    outstanding: ofShop(store, shop).filter((r) => r.status === 'issued').length,
  }
}

export function redemptionDays(
  store: PeopleStore,
  merchant: StoredUser,
  page: { cursor?: string; limit?: number },
  now: number,
): { items: RedemptionDay[]; nextCursor: string | null } {
  const shop = verifiedShop(store, merchant)
  const byDay = new Map<string, StoredRedemption[]>()
  for (const v of usedAt(store, shop)) {
    const day = dayOf(v.usedAt)
    byDay.set(day, [...(byDay.get(day) ?? []), v])
  }
  const days = [...byDay.entries()].map(([date, vouchers]) => ({ date, vouchers }))
  const shown = pageAfter(days, (d) => d.date, page.cursor, page.limit)
  return {
    items: shown.items.map(({ date, vouchers }) => ({
      date,
      ...tally(vouchers),
      items: vouchers.map((v) => toVerified(store, v, now)),
    })),
    nextCursor: shown.nextCursor,
  }
}

/** 对账单: one month of my counter, a line per reward and price (an edited price starts a new line). */
export function statement(store: PeopleStore, merchant: StoredUser, month: string, now: number): Statement {
  const shop = verifiedShop(store, merchant)
  const vouchers = usedAt(store, shop).filter((v) => monthOf(v.usedAt) === month)
  const lines = new Map<string, StatementLine>()
  for (const v of [...vouchers].reverse()) {
    const cost = v.points / v.quantity
    const key = `${v.rewardId}@${cost}`
    const line = lines.get(key) ?? {
      rewardId: v.rewardId,
      title: findReward(store, v.rewardId).title,
      cost,
      vouchers: 0,
      pieces: 0,
      points: 0,
    }
    line.vouchers += 1
    line.pieces += v.quantity
    line.points += v.points
    lines.set(key, line)
  }
  return {
    month,
    shop: toShop(shop),
    lines: [...lines.values()],
    total: tally(vouchers),
    vouchers: vouchers.map((v) => toVerified(store, v, now)),
  }
}

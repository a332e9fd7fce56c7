import { redemptionsOf } from './mall'
import type {
  LedgerEntry,
  PointsAccount,
  Redemption,
  Reward,
  Shop,
  VerifiedRedemption,
} from '../../src/contract'
import { maskName } from '../users'
import { POINTS_RULES } from '../../src/contract'
import { formatIso } from '../clock'
import type { PeopleStore, PointsStore } from './domain'
import { rewardImageUrl } from './art'
import { ledgerOf } from './ledger'
import { balanceOf, entriesOf, openLots } from './lots'
import { findReward, heldCount, shopById } from './mall'
import type { StoredEntry, StoredRedemption, StoredReward, StoredShop } from './model'
import { DAY_MS } from './time'

const isoOrNull = (ms: number | null) => (ms === null ? null : formatIso(ms))

export function toLedgerEntry(e: StoredEntry): LedgerEntry {
  return {
    id: e.id,
    at: formatIso(e.at),
    amount: e.amount,
    reason: e.reason,
    ref: e.ref,
    note: e.note,
    balanceAfter: e.balanceAfter,
  }
}

export function toShop(s: StoredShop): Shop {
  return { id: s.id, name: s.name, address: s.address }
}

export function toReward(store: PointsStore, r: StoredReward, userId: string): Reward {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    imageUrl: rewardImageUrl(r),
    cost: r.cost,
    stock: r.stock,
    perPersonLimit: r.perPersonLimit,
    myCount: heldCount(store, userId, r.id),
    validDays: r.validDays,
    merchant: toShop(shopById(store, r.shopId)),
  }
}

/** What a cancel now would give back that expires within 30 days (the spent lots keep their dates). */
function refundExpiringSoon(v: StoredRedemption, now: number): Redemption['refundExpiringSoon'] {
  if (v.status !== 'issued') return null
  const until = now + POINTS_RULES.expiringSoonDays * DAY_MS
  const soon = v.spent.filter((l) => l.expiresAt <= until)
  if (soon.length === 0) return null
  return {
    points: soon.reduce((sum, l) => sum + l.amount, 0),
    firstAt: formatIso(Math.min(...soon.map((l) => l.expiresAt))),
  }
}

export function toRedemption(store: PointsStore, v: StoredRedemption, now: number): Redemption {
  const reward = findReward(store, v.rewardId)
  return {
    id: v.id,
    reward: { id: reward.id, title: reward.title, imageUrl: rewardImageUrl(reward) },
    merchant: toShop(shopById(store, reward.shopId)),
    quantity: v.quantity,
    points: v.points,
    code: v.code,
    status: v.status,
    createdAt: formatIso(v.createdAt),
    expiresAt: formatIso(v.expiresAt),
    usedAt: isoOrNull(v.usedAt),
    cancelledAt: isoOrNull(v.cancelledAt),
    refundExpiringSoon: refundExpiringSoon(v, now),
  }
}

/** A voucher as the merchant at the counter sees it: the holder masked, 王**. */
export function toVerified(store: PeopleStore, v: StoredRedemption, now: number): VerifiedRedemption {
  const holder = store.findUser(v.userId)
  return { ...toRedemption(store, v, now), holderName: maskName(holder?.nickname ?? '') }
}

const EARNED = new Set<string>(['report_accepted', 'rating', 'activity'])

/** Balance and what expires within 30 days; the caller has settled the user. */
export function accountOf(store: PointsStore, userId: string, now: number): PointsAccount {
  const entries = entriesOf(ledgerOf(store), userId)
  const until = now + POINTS_RULES.expiringSoonDays * DAY_MS
  const soon = openLots(entries).filter((l) => l.expiresAt <= until)
  return {
    balance: balanceOf(entries),
    expiringSoon: {
      points: soon.reduce((sum, l) => sum + l.remaining, 0),
      until: formatIso(until),
      firstAt: soon.length === 0 ? null : formatIso(soon[0].expiresAt),
    },
    totalEarned: entries.filter((e) => EARNED.has(e.reason)).reduce((sum, e) => sum + e.amount, 0),
    unusedVouchers: redemptionsOf(store, userId).filter((r) => r.status === 'issued').length,
  }
}

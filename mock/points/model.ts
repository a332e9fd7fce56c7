import { z } from 'zod'
import { Id, LedgerReason, MerchantReward, VoucherStatus } from '../../src/contract'

/**
 * Points, shops, rewards and vouchers as the store keeps them. Times are epoch milliseconds;
 * the views format them.
 */

/** Points that expire together: what a positive entry adds, or what a spend took. */
export const StoredLot = z.object({ expiresAt: z.number(), amount: z.number().int().positive() })
export type StoredLot = z.infer<typeof StoredLot>

/**
 * A ledger entry. Entries are only ever appended (ledger.ts), never edited or removed: the
 * balance is their sum and every lot's remainder is found by replaying them.
 */
export const StoredEntry = z.object({
  id: Id,
  userId: z.string(),
  at: z.number(),
  amount: z.number().int(),
  reason: LedgerReason,
  ref: z.string().nullable(),
  note: z.string(),
  balanceAfter: z.number().int().nonnegative(),
  /** what a positive entry adds, and when it expires (a refund gives back the spent points' dates) */
  lots: z.array(StoredLot),
})
export type StoredEntry = z.infer<typeof StoredEntry>

export const StoredShop = z.object({
  id: Id,
  /** the merchant account; null for shops whose owner is not on the app (seeded partners) */
  ownerId: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  licenceNo: z.string().nullable(),
  verified: z.boolean(),
  verifiedAt: z.number().nullable(),
})
export type StoredShop = z.infer<typeof StoredShop>

/** The picture of a reward, drawn as SVG when shown: never stored as image bytes. */
export const RewardArt = z.object({ glyph: z.string().min(1).max(2), color: z.string() })

/** A reward as its merchant sets it up (the contract's MerchantReward), with its shop and picture. */
export const StoredReward = MerchantReward.pick({
  id: true,
  title: true,
  description: true,
  cost: true,
  stock: true,
  perPersonLimit: true,
  validDays: true,
}).extend({
  shopId: Id,
  art: RewardArt,
  /** 已暂停: out of the mall; its vouchers stay valid (older saved states have no flag: not paused) */
  paused: z.boolean().default(false),
})
export type StoredReward = z.infer<typeof StoredReward>

export const StoredRedemption = z.object({
  id: Id,
  userId: z.string(),
  rewardId: Id,
  quantity: z.number().int().positive(),
  points: z.number().int().positive(),
  code: z.string(),
  status: VoucherStatus,
  createdAt: z.number(),
  expiresAt: z.number(),
  usedAt: z.number().nullable(),
  cancelledAt: z.number().nullable(),
  /** the lots the redemption spent, so a refund gives the points back with their own expiry dates */
  spent: z.array(StoredLot),
})
export type StoredRedemption = z.infer<typeof StoredRedemption>

/** Persisted slices (mock/state.ts): the ledger alone, and the mall (shops, rewards, vouchers). */
export const LedgerSlice = z.array(StoredEntry)
export const MallSlice = z.object({
  shops: z.array(StoredShop),
  rewards: z.array(StoredReward),
  redemptions: z.array(StoredRedemption),
})
export type MallSlice = z.infer<typeof MallSlice>

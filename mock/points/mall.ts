import { findById, notFound } from '../errors'
import type { PointsStore } from './domain'
import type { MallSlice, StoredRedemption, StoredReward, StoredShop } from './model'

export function mallOf(store: PointsStore): MallSlice {
  return store.state.mall
}

export function findReward(store: PointsStore, id: string): StoredReward {
  return findById(mallOf(store).rewards, id, () => notFound('没有找到这件礼品，可能已下架'))
}

export function shopById(store: PointsStore, id: string): StoredShop {
  return findById(mallOf(store).shops, id, () => new Error(`[mock] no shop ${id}`))
}

/** The shop a user owns, verified or not. */
export function shopOfOwner(store: PointsStore, userId: string): StoredShop | undefined {
  return mallOf(store).shops.find((s) => s.ownerId === userId)
}

/** Vouchers of a reward a user holds against its per-person limit: unused and used ones. */
export function heldCount(store: PointsStore, userId: string, rewardId: string): number {
  return mallOf(store)
    .redemptions.filter((r) => r.userId === userId && r.rewardId === rewardId)
    .filter((r) => r.status === 'issued' || r.status === 'used')
    .reduce((n, r) => n + r.quantity, 0)
}

export function redemptionsOf(store: PointsStore, userId: string): StoredRedemption[] {
  return mallOf(store).redemptions.filter((r) => r.userId === userId)
}

export function findRedemptionByCode(store: PointsStore, code: string): StoredRedemption | undefined {
  return mallOf(store).redemptions.find((r) => r.code === code)
}

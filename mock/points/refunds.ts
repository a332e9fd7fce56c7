import { notifyPointsRefunded } from '../notifications/points-messages'
import type { PointsStore } from './domain'
import { appendEntry } from './ledger'
import { findReward } from './mall'
import type { StoredRedemption } from './model'

/**
 * An unused voucher ends (cancelled by its holder, or expired): its points come back with the
 * expiry dates they had, and its pieces go back into stock. Synchronous, like every write.
 */
export function endUnusedVoucher(
  store: PointsStore,
  voucher: StoredRedemption,
  status: 'cancelled' | 'expired',
  at: number,
): void {
  if (voucher.status !== 'issued') throw new Error(`[mock] voucher ${voucher.id} is ${voucher.status}`)
  const reward = findReward(store, voucher.rewardId)
  const entry = appendEntry(store, {
    userId: voucher.userId,
    at,
    amount: voucher.points,
    reason: 'refund',
    ref: voucher.id,
    note:
      status === 'cancelled'
        ? `取消「${reward.title}」，积分退回`
        : `「${reward.title}」过期未使用，积分退回`,
    lots: voucher.spent.map((l) => ({ ...l })),
  })
  voucher.status = status
  if (status === 'cancelled') voucher.cancelledAt = at
  reward.stock += voucher.quantity
  notifyPointsRefunded(store, entry, voucher.id, `「${reward.title}」`, status)
}

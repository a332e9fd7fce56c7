import type { RedeemBody } from '../../src/contract'
import { conflict } from '../errors'
import { notifyPointsSpent } from '../notifications/points-messages'
import type { PointsStore } from './domain'
import { newVoucherCode } from './codes'
import { insufficientPoints, outOfStock } from './errors'
import { appendEntry, ledgerOf } from './ledger'
import { balanceOf, entriesOf, lotsToSpend } from './lots'
import { findRedemptionByCode, findReward, heldCount, mallOf } from './mall'
import type { StoredRedemption, StoredReward } from './model'
import { timedCommand } from './locks'
import { settleAll } from './settle'
import { DAY_MS, startOfDay } from './time'

/** Every refusal of a redemption, checked against the state as it is at this moment. */
function refusal(store: PointsStore, userId: string, reward: StoredReward, quantity: number): Error | null {
  if (reward.paused) return conflict('这件礼品商户已暂停兑换，请看看别的礼品')
  const held = heldCount(store, userId, reward.id)
  if (held + quantity > reward.perPersonLimit) {
    return conflict(
      held === 0
        ? `这件礼品每人限兑 ${reward.perPersonLimit} 份`
        : `这件礼品每人限兑 ${reward.perPersonLimit} 份，您已兑换 ${held} 份`,
    )
  }
  if (reward.stock < quantity) return outOfStock(reward.stock)
  const balance = balanceOf(entriesOf(ledgerOf(store), userId))
  const cost = reward.cost * quantity
  if (balance < cost) return insufficientPoints(cost - balance)
  return null
}

/**
 * Redeems points for a voucher. It reads, awaits a round trip, then writes, as against a real
 * database; the user and reward locks keep other redemptions, cancels and verifications of the
 * same user or reward out of that gap, and the write re-checks everything synchronously, so
 * whatever ran meanwhile (an expiry, a points award) cannot make the balance or stock negative.
 */
export function redeem(
  store: PointsStore,
  userId: string,
  body: RedeemBody,
  now: () => number,
): Promise<StoredRedemption> {
  const check = (at: number) => {
    settleAll(store, at)
    return refusal(store, userId, findReward(store, body.rewardId), body.quantity)
  }
  return timedCommand(store, [`user:${userId}`, `reward:${body.rewardId}`], now, check, (at) =>
    issueVoucher(store, userId, findReward(store, body.rewardId), body.quantity, at),
  )
}

/** The write of a redemption: points out (refused below zero), stock down, a voucher with a fresh code. */
export function issueVoucher(
  store: PointsStore,
  userId: string,
  reward: StoredReward,
  quantity: number,
  at: number,
  random: () => number = Math.random,
): StoredRedemption {
  const mall = mallOf(store)
  const points = reward.cost * quantity
  const id = `rd-${String(mall.redemptions.length + 1).padStart(5, '0')}`
  const spent = lotsToSpend(entriesOf(ledgerOf(store), userId), points)
  const what = quantity === 1 ? `「${reward.title}」` : `「${reward.title}」× ${quantity}`
  const entry = appendEntry(store, {
    userId,
    at,
    amount: -points,
    reason: 'redemption',
    ref: id,
    note: `兑换${what}`,
  })
  if (reward.stock < quantity) throw new Error(`[mock] stock of ${reward.id} checked too late`)
  reward.stock -= quantity
  const voucher: StoredRedemption = {
    id,
    userId,
    rewardId: reward.id,
    quantity,
    points,
    code: newVoucherCode((code) => findRedemptionByCode(store, code) !== undefined, random),
    status: 'issued',
    createdAt: at,
    // valid through the last day, to its final second: 有效期至 12月28日 23:59
    expiresAt: startOfDay(at + reward.validDays * DAY_MS) + DAY_MS - 1000,
    usedAt: null,
    cancelledAt: null,
    spent,
  }
  mall.redemptions.push(voucher)
  notifyPointsSpent(store, entry, id, what)
  return voucher
}

import type { VoucherStatus } from '../../src/contract'
import type { StoredUser } from '../state'
import { conflict, forbidden, illegalTransition, notFound, validationFailed } from '../errors'
import type { PointsStore } from './domain'
import { isVoucherCode, normaliseVoucherCode } from './codes'
import { timedCommand } from './locks'
import { findRedemptionByCode, findReward, mallOf, shopOfOwner } from './mall'
import type { StoredRedemption } from './model'
import { endUnusedVoucher } from './refunds'
import { settleUser } from './settle'
import { shortDateTime } from './time'

function findOwn(store: PointsStore, userId: string, id: string): StoredRedemption {
  const voucher = mallOf(store).redemptions.find((r) => r.id === id && r.userId === userId)
  if (!voucher) throw notFound('没有找到这张券')
  return voucher
}

type VoucherAction = 'cancel' | 'verify'

/** What refuses a cancel or a verification of a voucher that is no longer issued, by its status. */
const SPENT: Record<
  VoucherAction,
  Record<Exclude<VoucherStatus, 'issued'>, (v: StoredRedemption) => Error>
> = {
  cancel: {
    used: () => illegalTransition('这张券已经使用过了，不能取消'),
    cancelled: () => illegalTransition('这张券已经取消过了，积分已退回'),
    expired: () => illegalTransition('这张券已过期，积分已自动退回'),
  },
  verify: {
    used: (v) => conflict(`这张券已于 ${shortDateTime(v.usedAt ?? v.createdAt)} 核销过了`),
    cancelled: () => illegalTransition('这张券已被持券人取消，不能核销'),
    expired: () => illegalTransition('这张券已过期，不能核销'),
  },
}

/**
 * A cancel or a verification: under the holder's and the reward's locks, refused unless the
 * voucher (as `find` finds it, once the holder's expiries are settled) is still issued.
 */
function voucherCommand(
  store: PointsStore,
  action: VoucherAction,
  find: () => StoredRedemption,
  now: () => number,
  write: (voucher: StoredRedemption, at: number) => void,
): Promise<StoredRedemption> {
  const { userId, rewardId } = find()
  const check = (at: number) => {
    settleUser(store, userId, at)
    const v = find()
    return v.status === 'issued' ? null : SPENT[action][v.status](v)
  }
  return timedCommand(store, [`user:${userId}`, `reward:${rewardId}`], now, check, (at) => {
    const voucher = find()
    write(voucher, at)
    return voucher
  })
}

/** Cancels my unused voucher: points back (once), stock back. */
export function cancelVoucher(
  store: PointsStore,
  userId: string,
  id: string,
  now: () => number,
): Promise<StoredRedemption> {
  const own = () => findOwn(store, userId, id)
  return voucherCommand(store, 'cancel', own, now, (voucher, at) =>
    endUnusedVoucher(store, voucher, 'cancelled', at),
  )
}

/**
 * The voucher a merchant may see at the counter: only one of its own shop's rewards. Whose it
 * is is checked before its state, so another shop learns nothing about it.
 */
export function counterVoucher(
  store: PointsStore,
  merchant: StoredUser,
  rawCode: string,
  malformed: () => Error = () => validationFailed({ code: '券码有误，请核对后重新输入' }),
): StoredRedemption {
  const code = normaliseVoucherCode(rawCode)
  if (!isVoucherCode(code)) throw malformed()
  const shop = shopOfOwner(store, merchant.id)
  if (!shop?.verified) throw forbidden('您的店铺还没有通过认证，不能核销')
  const found = findRedemptionByCode(store, code)
  if (!found) throw notFound('没有找到这张券，请核对券码')
  if (findReward(store, found.rewardId).shopId !== shop.id)
    throw forbidden('这张券不是本店的礼品券，不能核销')
  return found
}

/** 核销前查看: the voucher as it stands now (an unused one past its date is expired first). */
export function previewVoucher(
  store: PointsStore,
  merchant: StoredUser,
  rawCode: string,
  now: number,
): StoredRedemption {
  // a read by key: a code that cannot be a voucher's is simply one no voucher has
  const found = counterVoucher(store, merchant, rawCode, () => notFound('没有找到这张券，请核对券码'))
  settleUser(store, found.userId, now)
  return found
}

/**
 * A merchant redeems a voucher by its code, once. A retry of the same request (a double tap, a
 * lost answer) carries the same Idempotency-Key and is answered by the router with the first
 * answer, so the merchant sees 核销成功 again rather than "already used".
 */
export function verifyVoucher(
  store: PointsStore,
  merchant: StoredUser,
  rawCode: string,
  now: () => number,
): Promise<StoredRedemption> {
  const found = counterVoucher(store, merchant, rawCode)
  return voucherCommand(
    store,
    'verify',
    () => found,
    now,
    (voucher, at) => {
      voucher.status = 'used'
      voucher.usedAt = at
    },
  )
}

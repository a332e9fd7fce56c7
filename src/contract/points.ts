import { z } from 'zod'
import { Text } from './text'
import { get, PEOPLE, post } from './endpoint'
import { CursorPage, Id, IsoDateTime, PageQuery } from './common'

/** Why the balance changed; each reason's Chinese name is in LEDGER_REASON_LABELS. */
export const LedgerReason = z.enum([
  'report_accepted',
  'rating',
  'activity',
  'redemption',
  'refund',
  'expiry',
])
export type LedgerReason = z.infer<typeof LedgerReason>

/** One line of the append-only ledger: never changed, never deleted. */
export const LedgerEntry = z.object({
  id: Id,
  at: IsoDateTime,
  /** signed: +30 earned, −20 spent or expired */
  amount: z.number().int(),
  reason: LedgerReason,
  /** what it concerns: a ticket (report_accepted, rating), an activity, a redemption; null for expiry */
  ref: Id.nullable(),
  /** e.g. 参加「社区环境清洁日」服务 2 小时 */
  note: z.string(),
  /** the balance right after this entry */
  balanceAfter: z.number().int().nonnegative(),
})
export type LedgerEntry = z.infer<typeof LedgerEntry>

export const Shop = z.object({ id: Id, name: z.string(), address: z.string() })
export type Shop = z.infer<typeof Shop>

export const Reward = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  /** a small picture (an inline SVG data URI in the mock) */
  imageUrl: z.string().min(1),
  /** points per piece */
  cost: z.number().int().positive(),
  /** pieces left; 0 shows 已兑完 */
  stock: z.number().int().nonnegative(),
  /** how many pieces one person may hold (unused and used vouchers count; cancelled and expired do not) */
  perPersonLimit: z.number().int().positive(),
  /** how many of the limit I have used */
  myCount: z.number().int().nonnegative(),
  /** a voucher is valid this many days after redeeming */
  validDays: z.number().int().positive(),
  merchant: Shop,
})
export type Reward = z.infer<typeof Reward>

/** A voucher's life: 待使用 → 已使用 (the merchant redeemed it) / 已取消 (refunded) / 已过期 (refunded). */
export const VoucherStatus = z.enum(['issued', 'used', 'cancelled', 'expired'])
export type VoucherStatus = z.infer<typeof VoucherStatus>

export const Redemption = z.object({
  id: Id,
  reward: z.object({ id: Id, title: z.string(), imageUrl: z.string() }),
  merchant: Shop,
  quantity: z.number().int().positive(),
  /** points spent: cost × quantity */
  points: z.number().int().positive(),
  /** the voucher code, 12 digits; the app draws it as a QR code and shows it as 1234 5678 9012 */
  code: z.string().regex(/^\d{12}$/),
  status: VoucherStatus,
  createdAt: IsoDateTime,
  /** an unused voucher expires at this moment and its points come back */
  expiresAt: IsoDateTime,
  usedAt: IsoDateTime.nullable(),
  cancelledAt: IsoDateTime.nullable(),
  /**
   * An unused voucher's points come back with the dates they had: how many of them would expire
   * within 30 days of a cancel, and when the first does; null when none would (or it is not unused).
   */
  refundExpiringSoon: z.object({ points: z.number().int().positive(), firstAt: IsoDateTime }).nullable(),
})
export type Redemption = z.infer<typeof Redemption>

/** What the merchant sees after redeeming a voucher. */
export const VerifiedRedemption = Redemption.extend({
  /** masked: 王** */
  holderName: z.string(),
})
export type VerifiedRedemption = z.infer<typeof VerifiedRedemption>

export const RedeemBody = z.object({
  rewardId: Id,
  quantity: z.number('请选择数量').int('数量须为整数').min(1, '至少兑换 1 份').max(10, '一次最多兑换 10 份'),
})
export type RedeemBody = z.infer<typeof RedeemBody>

export const VerifyVoucherBody = z.object({
  /** typed or scanned; spaces and dashes are ignored */
  code: Text({ required: '请输入券码', min: 1, max: 40, tooLong: '券码有误，请核对后重新输入' }),
})

export const RedemptionListQuery = PageQuery.extend({ status: VoucherStatus.optional() })

export const endpoints = {
  pointsLedger: get('/points/ledger', {
    summary: '积分明细（只增不改，最新在前）',
    access: PEOPLE,
    query: PageQuery,
    response: CursorPage(LedgerEntry),
  }),

  listRewards: get('/rewards', {
    summary: '积分商城：礼品、所需积分、库存、每人限兑',
    access: PEOPLE,
    query: PageQuery,
    response: CursorPage(Reward),
  }),

  createRedemption: post('/redemptions', {
    status: 201,
    summary: '兑换礼品得到券（需 Idempotency-Key）',
    access: PEOPLE,
    idempotent: true,
    body: RedeemBody,
    response: Redemption,
    errors: ['NOT_FOUND', 'INSUFFICIENT_POINTS', 'OUT_OF_STOCK', 'CONFLICT', 'IDEMPOTENCY_MISMATCH'],
  }),

  listRedemptions: get('/redemptions', {
    summary: '我的券（最新在前）',
    access: PEOPLE,
    query: RedemptionListQuery,
    response: CursorPage(Redemption),
  }),

  getRedemption: get('/redemptions/:id', {
    summary: '我的一张券',
    access: PEOPLE,
    params: z.object({ id: Id }),
    response: Redemption,
    errors: ['NOT_FOUND'],
  }),

  cancelRedemption: post('/redemptions/:id/cancel', {
    idempotent: true,
    summary: '取消未使用的券，退回积分',
    access: PEOPLE,
    params: z.object({ id: Id }),
    response: Redemption,
    errors: ['NOT_FOUND', 'ILLEGAL_TRANSITION'],
  }),

  verifyRedemption: post('/redemptions/verify', {
    idempotent: true,
    summary: '商户扫码或输入券码核销（仅本店礼品，仅一次）',
    access: ['merchant'],
    body: VerifyVoucherBody,
    response: VerifiedRedemption,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'ILLEGAL_TRANSITION'],
  }),
}

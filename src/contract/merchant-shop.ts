import { z } from 'zod'
import { Text } from './text'
import { get, patch, post } from './endpoint'
import { CursorPage, Id, PageQuery } from './common'
import { Shop, VerifiedRedemption } from './points'

/**
 * A merchant's counter and books: the preview before 核销, the shop's 核销 records by day, the
 * monthly statement, and the shop's own rewards. Only the verified merchant of the shop sees them.
 */

/** The pictures a merchant picks for a reward: one large character on a colour (drawn, never uploaded). */
export const REWARD_PICTURES = {
  noodles: { glyph: '面', color: '#d9480f', label: '面食' },
  soup: { glyph: '汤', color: '#a61e4d', label: '汤羹' },
  drink: { glyph: '茶', color: '#5c940d', label: '饮品' },
  fruit: { glyph: '果', color: '#e8590c', label: '水果' },
  haircut: { glyph: '剪', color: '#1971c2', label: '理发' },
  car: { glyph: '车', color: '#2b8a3e', label: '洗车' },
  coupon: { glyph: '券', color: '#e67700', label: '代金券' },
  gift: { glyph: '礼', color: '#862e9c', label: '礼品' },
} as const
export const RewardPicture = z.enum(['noodles', 'soup', 'drink', 'fruit', 'haircut', 'car', 'coupon', 'gift'])
export type RewardPicture = z.infer<typeof RewardPicture>

/** What the merchant sees after entering a code, before 确认核销: nothing is changed yet. */
export const VoucherPreview = VerifiedRedemption
export type VoucherPreview = z.infer<typeof VoucherPreview>

const Count = z.number().int().nonnegative()

/** One day of my 核销: how many pieces, what they were worth in points, and each voucher. */
export const RedemptionDay = z.object({
  /** 2026-11-28, a Zhengzhou calendar day */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** vouchers redeemed that day */
  vouchers: Count,
  /** pieces (a voucher may hold several) */
  pieces: Count,
  points: Count,
  items: z.array(VerifiedRedemption),
})
export type RedemptionDay = z.infer<typeof RedemptionDay>

export const Tally = z.object({ vouchers: Count, pieces: Count, points: Count })
export type Tally = z.infer<typeof Tally>

export const MerchantTotals = z.object({
  shop: Shop,
  today: Tally,
  thisMonth: Tally,
  allTime: Tally,
  /** vouchers of my rewards that residents hold and have not used yet */
  outstanding: Count,
})
export type MerchantTotals = z.infer<typeof MerchantTotals>

export const Month = z
  .string('请选择月份')
  .max(7, '月份格式应为 2026-11')
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11')
export const StatementQuery = z.object({ month: Month.optional() })

export const StatementLine = z.object({
  rewardId: Id,
  title: z.string(),
  /** points per piece at the time of the statement */
  cost: z.number().int().positive(),
  vouchers: Count,
  pieces: Count,
  points: Count,
})
export type StatementLine = z.infer<typeof StatementLine>

/** 对账单: every voucher of my shop redeemed in one month, by reward, with the totals. */
export const Statement = z.object({
  month: Month,
  shop: Shop,
  lines: z.array(StatementLine),
  total: Tally,
  vouchers: z.array(VerifiedRedemption),
})
export type Statement = z.infer<typeof Statement>

/** One of my shop's rewards, as its merchant sees it. */
export const MerchantReward = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  picture: RewardPicture,
  imageUrl: z.string().min(1),
  cost: z.number().int().positive(),
  stock: Count,
  perPersonLimit: z.number().int().positive(),
  validDays: z.number().int().positive(),
  /** 已暂停: hidden from the mall; vouchers already issued stay valid */
  paused: z.boolean(),
  /** vouchers redeemed at my counter (pieces) */
  usedCount: Count,
  /** vouchers residents hold, not yet used (pieces) */
  unusedCount: Count,
})
export type MerchantReward = z.infer<typeof MerchantReward>

const whole = (label: string, min: number, max: number) =>
  z
    .number(`请填写${label}`)
    .int(`${label}须为整数`)
    .min(min, `${label}至少 ${min}`)
    .max(max, `${label}最多 ${max}`)

export const RewardBody = z.object({
  title: Text({
    required: '请填写礼品名称',
    min: 2,
    tooShort: '礼品名称至少 2 个字',
    max: 20,
    tooLong: '礼品名称最多 20 个字',
  }),
  description: Text({
    required: '请写一句说明',
    min: 4,
    tooShort: '说明至少 4 个字',
    max: 80,
    tooLong: '说明最多 80 个字',
  }),
  picture: RewardPicture,
  cost: whole('所需积分', 1, 1000),
  stock: whole('库存', 0, 999),
  perPersonLimit: whole('每人限兑', 1, 10),
  validDays: whole('有效天数', 1, 180),
})
export type RewardBody = z.infer<typeof RewardBody>

export const RewardParams = z.object({ id: Id })
export const PauseBody = z.object({ paused: z.boolean('请选择暂停或恢复') })
export const RestockBody = z.object({ add: whole('补货数量', 1, 999) })

const MERCHANT = ['merchant'] as const

export const endpoints = {
  previewRedemption: get('/redemptions/by-code/:code', {
    summary: '核销前查看券：礼品、持券人（打码）、有效期、状态（仅本店礼品；不改变任何东西）',
    access: MERCHANT,
    params: z.object({
      code: Text({ required: '请输入券码', min: 1, max: 40, tooLong: '券码有误，请核对后重新输入' }),
    }),
    response: VoucherPreview,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'FORBIDDEN'],
  }),

  merchantTotals: get('/merchant/totals', {
    summary: '本店核销合计：今天、本月、累计，以及居民手中未使用的券',
    access: MERCHANT,
    response: MerchantTotals,
    errors: ['FORBIDDEN'],
  }),

  merchantRedemptionDays: get('/merchant/redemptions', {
    summary: '本店核销记录，按天分组（最新在前），每天的张数、份数与积分',
    access: MERCHANT,
    query: PageQuery,
    response: CursorPage(RedemptionDay),
    errors: ['FORBIDDEN'],
  }),

  merchantStatement: get('/merchant/statement', {
    summary: '月度对账单：本月在本店核销的券，按礼品汇总',
    access: MERCHANT,
    query: StatementQuery,
    response: Statement,
    errors: ['VALIDATION_FAILED', 'FORBIDDEN'],
  }),

  merchantRewards: get('/merchant/rewards', {
    summary: '本店礼品：库存、已核销、未使用、是否暂停',
    access: MERCHANT,
    query: PageQuery,
    response: CursorPage(MerchantReward),
    errors: ['FORBIDDEN'],
  }),

  createReward: post('/merchant/rewards', {
    status: 201,
    idempotent: true,
    summary: '上架新礼品（名称、图片、所需积分、库存、每人限兑、有效天数）',
    access: MERCHANT,
    body: RewardBody,
    response: MerchantReward,
    errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'CONFLICT'],
  }),

  updateReward: patch('/merchant/rewards/:id', {
    idempotent: true,
    summary: '修改本店礼品（已兑出的券不受影响）',
    access: MERCHANT,
    params: RewardParams,
    body: RewardBody,
    response: MerchantReward,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  }),

  pauseReward: post('/merchant/rewards/:id/pause', {
    idempotent: true,
    summary: '暂停或恢复兑换（暂停后商城不再显示，已兑出的券照常可用）',
    access: MERCHANT,
    params: RewardParams,
    body: PauseBody,
    response: MerchantReward,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),

  restockReward: post('/merchant/rewards/:id/restock', {
    idempotent: true,
    summary: '补货：库存增加若干份',
    access: MERCHANT,
    params: RewardParams,
    body: RestockBody,
    response: MerchantReward,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'FORBIDDEN'],
  }),
}

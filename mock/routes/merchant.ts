import type { Api } from '../../src/contract'
import { monthOf, merchantTotals, redemptionDays, statement } from '../points/books'
import { pageAfter } from '../paging'
import { signedIn, type Routes } from '../route-types'
import {
  createReward,
  pauseReward,
  restockReward,
  shopRewards,
  toMerchantReward,
  updateReward,
} from '../points/shop-rewards'
import { previewVoucher } from '../points/vouchers'
import { toVerified } from '../points/views'

/** The merchant's counter and books: preview a voucher, the day-by-day records, totals, statement, rewards. */
export const routes = {
  previewRedemption: (ctx) => {
    const now = ctx.clock.now()
    return toVerified(ctx.store, previewVoucher(ctx.store, signedIn(ctx), ctx.params.code, now), now)
  },

  merchantTotals: (ctx) => merchantTotals(ctx.store, signedIn(ctx), ctx.clock.now()),

  merchantRedemptionDays: (ctx) => redemptionDays(ctx.store, signedIn(ctx), ctx.query, ctx.clock.now()),

  merchantStatement: (ctx) => {
    const now = ctx.clock.now()
    return statement(ctx.store, signedIn(ctx), ctx.query.month ?? monthOf(now), now)
  },

  merchantRewards: (ctx) => {
    const mine = shopRewards(ctx.store, signedIn(ctx))
    const page = pageAfter(mine, (r) => r.id, ctx.query.cursor, ctx.query.limit)
    return { items: page.items.map((r) => toMerchantReward(ctx.store, r)), nextCursor: page.nextCursor }
  },

  createReward: async (ctx) =>
    toMerchantReward(ctx.store, await createReward(ctx.store, signedIn(ctx), ctx.body)),

  updateReward: async (ctx) =>
    toMerchantReward(ctx.store, await updateReward(ctx.store, signedIn(ctx), ctx.params.id, ctx.body)),

  pauseReward: (ctx) =>
    toMerchantReward(ctx.store, pauseReward(ctx.store, signedIn(ctx), ctx.params.id, ctx.body.paused)),

  restockReward: async (ctx) =>
    toMerchantReward(ctx.store, await restockReward(ctx.store, signedIn(ctx), ctx.params.id, ctx.body.add)),
} satisfies Partial<Routes<Api>>

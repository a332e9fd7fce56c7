import { notFound } from '../errors'
import type { Api } from '../../src/contract'
import { ledgerOf } from '../points/ledger'
import { entriesOf } from '../points/lots'
import { mallOf, redemptionsOf } from '../points/mall'
import { redeem as redeemCommand } from '../points/redeem'
import { settleAll, settleUser } from '../points/settle'
import { toShopProfile, verifyShop } from '../points/shops'
import { cancelVoucher, verifyVoucher as verifyCommand } from '../points/vouchers'
import { accountOf, toLedgerEntry, toRedemption, toReward, toVerified } from '../points/views'
import { pageAfter } from '../paging'
import { signedIn, type Routes } from '../route-types'
import { toPublicUser } from '../users'

export const routes = {
  pointsAccount: (ctx) => {
    const user = signedIn(ctx)
    const now = ctx.clock.now()
    settleUser(ctx.store, user.id, now)
    return accountOf(ctx.store, user.id, now)
  },

  pointsLedger: (ctx) => {
    const user = signedIn(ctx)
    settleUser(ctx.store, user.id, ctx.clock.now())
    const newestFirst = entriesOf(ledgerOf(ctx.store), user.id).reverse()
    const page = pageAfter(newestFirst, (e) => e.id, ctx.query.cursor, ctx.query.limit)
    return { items: page.items.map(toLedgerEntry), nextCursor: page.nextCursor }
  },

  listRewards: (ctx) => {
    const user = signedIn(ctx)
    settleAll(ctx.store, ctx.clock.now())
    const inMall = mallOf(ctx.store).rewards.filter((r) => !r.paused)
    const page = pageAfter(inMall, (r) => r.id, ctx.query.cursor, ctx.query.limit)
    return { items: page.items.map((r) => toReward(ctx.store, r, user.id)), nextCursor: page.nextCursor }
  },

  createRedemption: async (ctx) => {
    const voucher = await redeemCommand(ctx.store, signedIn(ctx).id, ctx.body, ctx.clock.now)
    return toRedemption(ctx.store, voucher, ctx.clock.now())
  },

  listRedemptions: (ctx) => {
    const user = signedIn(ctx)
    settleUser(ctx.store, user.id, ctx.clock.now())
    const mine = redemptionsOf(ctx.store, user.id)
      .filter((r) => !ctx.query.status || r.status === ctx.query.status)
      .reverse()
    const page = pageAfter(mine, (r) => r.id, ctx.query.cursor, ctx.query.limit)
    return {
      items: page.items.map((r) => toRedemption(ctx.store, r, ctx.clock.now())),
      nextCursor: page.nextCursor,
    }
  },

  getRedemption: (ctx) => {
    const user = signedIn(ctx)
    settleUser(ctx.store, user.id, ctx.clock.now())
    const mine = redemptionsOf(ctx.store, user.id).find((r) => r.id === ctx.params.id)
    if (!mine) throw notFound('没有找到这张券')
    return toRedemption(ctx.store, mine, ctx.clock.now())
  },

  cancelRedemption: async (ctx) => {
    const voucher = await cancelVoucher(ctx.store, signedIn(ctx).id, ctx.params.id, ctx.clock.now)
    return toRedemption(ctx.store, voucher, ctx.clock.now())
  },

  verifyRedemption: async (ctx) => {
    const voucher = await verifyCommand(ctx.store, signedIn(ctx), ctx.body.code, ctx.clock.now)
    return toVerified(ctx.store, voucher, ctx.clock.now())
  },

  applyMerchant: (ctx) => {
    const user = signedIn(ctx)
    const shop = verifyShop(ctx.store, user, ctx.body, ctx.clock.now())
    return { user: toPublicUser(user), shop: toShopProfile(shop) }
  },
} satisfies Partial<Routes<Api>>

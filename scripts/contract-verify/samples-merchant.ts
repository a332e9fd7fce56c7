import { MerchantReward } from '../../src/contract'
import { activity, affordable, redeemOne } from './samples-more'
import type { SampleTable } from './samples'
import { Missing, newKey, type World } from './world'

const myRewards = async (w: World) => {
  const [first] = await w.all('merchant', '/merchant/rewards', MerchantReward)
  if (!first) throw new Missing('the merchant has no rewards')
  return first
}

/** A voucher of the merchant's own shop, redeemed by a resident for the purpose. */
async function ownVoucherCode(w: World): Promise<string> {
  const shop = (await w.user('merchant')).merchant?.shopName
  if (!shop) throw new Missing('the merchant has no shop')
  const holder = w.role(['resident'])
  return (await redeemOne(w, holder, (await affordable(w, holder, shop)).id)).code
}

/** Valid requests for the merchant's counter and shop, and the 候补 line. */
export const MERCHANT_SAMPLES: SampleTable = {
  'GET /redemptions/by-code/:code': {
    roles: ['merchant'],
    build: async (w) => ({ params: { code: await ownVoucherCode(w) } }),
  },
  'POST /merchant/rewards': {
    roles: ['merchant'],
    build: async () => ({
      body: {
        title: `核验礼品 ${newKey('r').slice(-6)}`,
        description: '契约核验上架的礼品',
        picture: 'gift',
        cost: 10,
        stock: 1,
        perPersonLimit: 1,
        validDays: 7,
      },
    }),
  },
  'PATCH /merchant/rewards/:id': {
    roles: ['merchant'],
    build: async (w) => {
      const r = await myRewards(w)
      const { title, description, picture, cost, stock, perPersonLimit, validDays } = r
      return {
        params: { id: r.id },
        body: { title, description, picture, cost, stock, perPersonLimit, validDays },
      }
    },
  },
  'POST /merchant/rewards/:id/pause': {
    roles: ['merchant'],
    build: async (w) => {
      const r = await myRewards(w)
      return { params: { id: r.id }, body: { paused: r.paused } }
    },
  },
  'POST /merchant/rewards/:id/restock': {
    roles: ['merchant'],
    build: async (w) => ({ params: { id: (await myRewards(w)).id }, body: { add: 1 } }),
  },
  'POST /activities/:id/waitlist': {
    build: async (w, role) => ({ params: { id: (await activity(w, role, 'waitlist')).id } }),
  },
  'DELETE /activities/:id/waitlist': {
    build: async (w, role) => {
      const waiting = await activity(w, role, 'leaveWaitlist').catch(() => null)
      if (waiting) return { params: { id: waiting.id } }
      const full = await activity(w, role, 'waitlist')
      await w.session.as(role, {
        method: 'POST',
        path: `/activities/${encodeURIComponent(full.id)}/waitlist`,
        headers: { 'idempotency-key': newKey('setup') },
      })
      return { params: { id: full.id } }
    },
  },
}

import { Activity, PointsAccount, Redemption, Reward, usccCheckChar, type Role } from '../../src/contract'
import { tinyJpeg } from './jpeg'
import type { SampleTable } from './samples'
import { Broken, Missing, newKey, type World } from './world'

export function activityDetail(w: World, role: Role, id: string) {
  return w.get(role, `/activities/${encodeURIComponent(id)}`, Activity)
}

/** An activity the server says the caller may act on now. */
export async function activity(w: World, role: Role, can: keyof Activity['can']): Promise<Activity> {
  const list = await w.activities(role)
  return w.first(
    list,
    (a) => activityDetail(w, role, a.id),
    (a) => a.can[can],
    `no activity with can.${can}`,
  )
}

export const rewards = (w: World, role: Role) => w.all(role, '/rewards', Reward)
export const account = (w: World, role: Role) => w.get(role, '/points/account', PointsAccount)
export const redemptions = (w: World, role: Role, status?: string) =>
  w.all(role, '/redemptions', Redemption, status ? { status } : {})

/** A reward the caller can redeem one of now, when `shopName` is given one of that shop's. */
export async function affordable(w: World, role: Role, shopName?: string): Promise<Reward> {
  const { balance } = await account(w, role)
  const found = (await rewards(w, role)).find(
    (r) =>
      r.stock > 0 &&
      r.cost <= balance &&
      r.myCount < r.perPersonLimit &&
      (shopName === undefined || r.merchant.name === shopName),
  )
  if (!found) throw new Missing(`nothing ${role} can redeem${shopName ? ` at ${shopName}` : ''}`)
  return found
}

/** Redeems one piece of a reward (a setup step) and returns the voucher. */
export async function redeemOne(w: World, role: Role, rewardId: string): Promise<Redemption> {
  const res = await w.session.as(role, {
    method: 'POST',
    path: '/redemptions',
    body: { rewardId, quantity: 1 },
    headers: { 'idempotency-key': newKey('setup') },
  })
  const parsed = Redemption.safeParse(res.body)
  if (res.status >= 300 || !parsed.success) throw new Broken(`POST /redemptions answered ${res.status}`)
  return parsed.data
}

/** A licence number with a right check character, new on every run. */
function licence(): string {
  const digits = String(Date.now() % 1e6).padStart(6, '0')
  const first17 = `9141${digits.slice(0, 4)}MA${digits}Q`.slice(0, 17)
  return first17 + usccCheckChar(first17)
}

const code = async (w: World, a: Activity) => ({
  params: { id: a.id },
  body: { code: await w.activityCode(a.id) },
})

/** Valid requests for people, reference data, uploads, messages, volunteering and points. */
export const MORE_SAMPLES: SampleTable = {
  'PATCH /me': { build: async (w, role) => ({ body: { nickname: (await w.user(role)).nickname } }) },
  'GET /geo/reverse': {
    build: async (w, role) => {
      const { lat, lng } = await w.place(role)
      return { query: { lat: String(lat), lng: String(lng) } }
    },
  },
  'POST /uploads': {
    build: async () => ({ body: { file: { name: 'contract-verify.jpg', bytes: tinyJpeg() } } }),
  },
  'POST /notifications/read': { build: async () => ({ body: { all: true } }) },
  'POST /me/merchant': {
    // it turns the caller into a merchant: only where the data can be reset afterwards
    destructive: true,
    build: async () => ({
      body: { shopName: '契约核验小店', address: '中原区契约核验路 1 号', licenceNo: licence() },
    }),
  },
  'GET /activities/:id': {
    build: async (w, role) => {
      const [first] = await w.activities(role)
      if (!first) throw new Missing('no activities')
      return { params: { id: first.id } }
    },
  },
  'POST /activities/:id/signup': {
    build: async (w, role) => ({ params: { id: (await activity(w, role, 'signup')).id } }),
  },
  'DELETE /activities/:id/signup': {
    build: async (w, role) => ({ params: { id: (await activity(w, role, 'cancel')).id } }),
  },
  'POST /activities/:id/checkin': { build: async (w, role) => code(w, await activity(w, role, 'checkin')) },
  'POST /activities/:id/checkout': {
    build: async (w, role) => {
      const list = await w.activities(role)
      const ready = await w
        .first(
          list,
          (a) => activityDetail(w, role, a.id),
          (a) => a.can.checkout,
          'none to check out',
        )
        .catch(() => null)
      if (ready) return code(w, ready)
      const a = await activity(w, role, 'checkin')
      const input = await code(w, a)
      const res = await w.session.as(role, {
        method: 'POST',
        path: `/activities/${encodeURIComponent(a.id)}/checkin`,
        body: input.body,
        headers: { 'idempotency-key': newKey('setup') },
      })
      if (res.status >= 300) throw new Broken(`check-in before check-out answered ${res.status}`)
      return input
    },
  },
  'POST /redemptions': {
    build: async (w, role) => ({ body: { rewardId: (await affordable(w, role)).id, quantity: 1 } }),
  },
  'POST /redemptions/:id/cancel': {
    build: async (w, role) => {
      const [issued] = await redemptions(w, role, 'issued')
      const voucher = issued ?? (await redeemOne(w, role, (await affordable(w, role)).id))
      return { params: { id: voucher.id } }
    },
  },
  'POST /redemptions/verify': {
    roles: ['merchant'],
    build: async (w) => {
      const shop = (await w.user('merchant')).merchant?.shopName
      if (!shop) throw new Missing('the merchant has no shop')
      const holder = w.role(['resident'])
      const voucher = await redeemOne(w, holder, (await affordable(w, holder, shop)).id)
      return { body: { code: voucher.code } }
    },
  },
}

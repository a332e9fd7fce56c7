import {
  api,
  usccCheckChar,
  type Endpoint,
  type EndpointOutput,
  type LedgerEntry,
  type Redemption,
  type Reward,
  type WireResponse,
} from '../../../src/contract'
import type { MockBackend } from '../../../mock/backend'
import {
  call,
  callerFor,
  envelope,
  expectError,
  expectOk,
  loginAs,
  testBackend,
  type Answer,
  type AnyAnswer,
  type CallArgs,
  type CallOptions,
} from './helpers'

/** Calls of the volunteer and points endpoints as one signed-in user, through backend.handle. */
export async function asUser(backend: MockBackend, userId: string) {
  let token = await loginAs(backend, userId)
  let keys = 0
  /** tokens live 7 days: after a long clock move the user simply signs in again, as the app does */
  const send = async (method: string, path: string, o: Omit<CallOptions, 'token'>) => {
    let res = await call(backend, method, path, { ...o, token })
    // a concurrent clock move may outdate even a fresh token: a few tries, as a client would
    for (let tries = 0; res.status === 401 && tries < 3; tries++) {
      token = await loginAs(backend, userId)
      res = await call(backend, method, path, { ...o, token })
    }
    return res
  }
  const asMe = callerFor(backend, () => token)
  /** a typed call (see callEndpoint), signing in again like `send` */
  async function typed<E extends Endpoint>(ep: E, ...args: CallArgs<E>): Promise<Answer<E>> {
    let res = await asMe(ep, ...args)
    for (let tries = 0; res.status === 401 && tries < 3; tries++) {
      token = await loginAs(backend, userId)
      res = await asMe(ep, ...args)
    }
    return res
  }
  const self = {
    call: typed,
    /** raw calls by path, for what no typed call can send */
    get: (path: string, query: Record<string, string> = {}) => send('GET', path, { query }),
    post: (path: string, body?: unknown, headers: Record<string, string> = {}) =>
      send('POST', path, { body, headers }),
    del: (path: string) => send('DELETE', path, {}),
    async account() {
      return expectOk(await typed(api.pointsAccount))
    },
    /** the whole ledger, oldest first, walking every page */
    async ledger(): Promise<LedgerEntry[]> {
      const all: LedgerEntry[] = []
      let cursor: string | null = null
      do {
        const page: EndpointOutput<typeof api.pointsLedger> = expectOk(
          await typed(api.pointsLedger, { query: { cursor: cursor ?? undefined, limit: 50 } }),
        )
        all.push(...page.items)
        cursor = page.nextCursor
      } while (cursor)
      return all.reverse()
    },
    redeem: (rewardId: string, quantity = 1, key = `${userId}-key-${++keys}`) =>
      typed(api.createRedemption, { body: { rewardId, quantity }, idempotencyKey: key }),
    /** 核销 at the counter by the voucher's code (a merchant) */
    verify: (code: string, idempotencyKey?: string) =>
      typed(api.verifyRedemption, { body: { code }, idempotencyKey }),
    cancelVoucher: (id: string) => typed(api.cancelRedemption, { params: { id } }),
    signUp: (activityId: string) => typed(api.signUpActivity, { params: { id: activityId } }),
    /** 签到 / 签退 with the activity's code (from GET /dev/activity-codes) */
    checkIn: (activityId: string, code: string) =>
      typed(api.checkIn, { params: { id: activityId }, body: { code } }),
    checkOut: (activityId: string, code: string) =>
      typed(api.checkOut, { params: { id: activityId }, body: { code } }),
    async vouchers(): Promise<Redemption[]> {
      return expectOk(await typed(api.listRedemptions, { query: { limit: 50 } })).items
    },
  }
  return self
}

export type AsUser = Awaited<ReturnType<typeof asUser>>

/** A valid 统一社会信用代码 not used by any seeded shop. */
export const FREE_LICENCE = '91410102MA9X8Y7W6' + usccCheckChar('91410102MA9X8Y7W6')

/** A refusal: its status, the contract's error code and the exact Chinese message. */
export function expectRefusal(res: AnyAnswer, status: number, code: string, message: string): void {
  const { error } = expectError(res)
  expect([res.status, error.code, error.message]).toEqual([status, code, message])
}

/** The same, for a raw call that sends what no typed call can. */
export function expectRawRefusal(res: WireResponse, status: number, code: string, message: string): void {
  expect([res.status, envelope(res).error.code, envelope(res).error.message]).toEqual([status, code, message])
}

/** The mall as one user sees it, by reward id. */
export async function rewards(u: AsUser): Promise<Record<string, Reward>> {
  const { items } = expectOk(await u.call(api.listRewards))
  return Object.fromEntries(items.map((r) => [r.id, r]))
}

export async function unused(u: AsUser, rewardId: string): Promise<Redemption> {
  const found = (await u.vouchers()).find((v) => v.reward.id === rewardId && v.status === 'issued')
  if (!found) throw new Error(`no unused voucher for ${rewardId}`)
  return found
}

export const refunds = async (u: AsUser) => (await u.ledger()).filter((e) => e.reason === 'refund')

/** The seeded residents and the verified merchant, signed in on one backend. */
export async function people(backend: MockBackend = testBackend()) {
  const [r1, r2, r3, m1] = await Promise.all(
    ['u-resident-1', 'u-resident-2', 'u-resident-3', 'u-merchant-1'].map((id) => asUser(backend, id)),
  )
  return { backend, r1, r2, r3, m1 }
}

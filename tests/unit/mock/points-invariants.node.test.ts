import fc from 'fast-check'
import { api } from '../../../src/contract'
import type { MockBackend } from '../../../mock/backend'
import { IDEMPOTENCY_TTL_MS } from '../../../mock/idempotency'
import { awardPoints } from '../../../mock/points/award'
import { SEED_REWARDS } from '../../../mock/points/seed-mall'
import { expectOk, testBackend, type Answer } from './helpers'
import { asUser, type AsUser } from './points-helpers'
import { commands } from '../../utils/commands'

/**
 * The invariants of DESIGN.md "Points rules", over random interleavings of redeem, cancel,
 * verify, award and expire by several users: each batch of commands runs concurrently, each
 * command starting after a random number of turns, so their reads and writes interleave.
 */
const USERS = ['u-resident-1', 'u-resident-2', 'u-resident-3', 'u-merchant-1'] as const
const REWARDS = SEED_REWARDS.map((r) => r.id)

const command = commands({
  redeem: {
    user: fc.nat(USERS.length - 1),
    reward: fc.nat(REWARDS.length - 1),
    quantity: fc.integer({ min: 1, max: 3 }),
    reuseKey: fc.boolean(),
  },
  cancel: { user: fc.nat(USERS.length - 1), pick: fc.nat(20) },
  verify: { pick: fc.nat(40) },
  award: { user: fc.nat(USERS.length - 1), amount: fc.integer({ min: 1, max: 40 }) },
  expire: { minutes: fc.constantFrom(1, 60, 24 * 60, 30 * 24 * 60, 200 * 24 * 60) },
})
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never

/** A command and how many turns it waits before starting (0–3 microtasks, maybe a macrotask). */
const step = fc.record({ command, turns: fc.nat(3), macrotask: fc.boolean() })
const batches = fc.array(fc.array(step, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 })

const OK: Record<Command['kind'], number[]> = {
  redeem: [201, 404, 409, 422],
  cancel: [200, 404, 409],
  verify: [200, 400, 403, 404, 409],
  award: [],
  expire: [],
}

interface World {
  backend: MockBackend
  people: AsUser[]
  keys: string[]
  nextKey: number
  /** when each user's key was first sent, and how often it has outlived the 24 h idempotency window */
  firstSent: Map<string, { at: number; generation: number }>
}

/** Runs one command; a redemption says which Idempotency-Key it used. */
type Answered =
  | Answer<typeof api.createRedemption>
  | Answer<typeof api.cancelRedemption>
  | Answer<typeof api.verifyRedemption>

async function run(world: World, c: Command): Promise<{ res: Answered | null; key?: string }> {
  const { backend, people } = world
  const state = backend.store.state
  switch (c.kind) {
    case 'redeem': {
      const key =
        c.reuseKey && world.keys.length > 0 ? world.keys[world.keys.length - 1] : `k-${++world.nextKey}`
      world.keys.push(key)
      // keys are scoped per user (another user's key is a new request) and remembered for 24 hours:
      // after a longer clock move the same key is a new request too
      const scoped = `${c.user}|${key}`
      const now = backend.clock.now()
      const sent = world.firstSent.get(scoped)
      const fresh = !sent || now - sent.at > IDEMPOTENCY_TTL_MS
      const generation = sent ? sent.generation + (fresh ? 1 : 0) : 0
      if (fresh) world.firstSent.set(scoped, { at: now, generation })
      const res = await people[c.user].redeem(REWARDS[c.reward], c.quantity, key)
      return { res, key: `${scoped}|${generation}` }
    }
    case 'cancel': {
      const mine = state.mall.redemptions.filter((r) => r.userId === USERS[c.user])
      const id = mine.length === 0 ? 'rd-none' : mine[c.pick % mine.length].id
      return { res: await people[c.user].call(api.cancelRedemption, { params: { id } }) }
    }
    case 'verify': {
      const all = state.mall.redemptions
      const code = all.length === 0 ? '123456789015' : all[c.pick % all.length].code
      return { res: await people[3].call(api.verifyRedemption, { body: { code } }) }
    }
    case 'award':
      awardPoints(backend.store, USERS[c.user], c.amount, 'activity', null, backend.clock.now())
      return { res: null }
    case 'expire':
      backend.clock.advance(c.minutes)
      return { res: null }
  }
}

async function expectInvariants(world: World, ledgerBefore: string[]): Promise<string[]> {
  const state = world.backend.store.state
  // no entry is ever changed or deleted
  const ledgerNow = state.ledger.map((e) => JSON.stringify(e))
  expect(ledgerNow.slice(0, ledgerBefore.length)).toEqual(ledgerBefore)
  for (const [i, userId] of USERS.entries()) {
    const account = await world.people[i].account()
    const entries = state.ledger.filter((e) => e.userId === userId)
    let sum = 0
    for (const e of entries) {
      sum += e.amount
      expect(e.balanceAfter).toBe(sum)
      expect(sum).toBeGreaterThanOrEqual(0)
    }
    expect(account.balance).toBe(sum)
  }
  for (const seed of SEED_REWARDS) {
    const reward = state.mall.rewards.find((r) => r.id === seed.id)
    const held = state.mall.redemptions
      .filter((v) => v.rewardId === seed.id && (v.status === 'issued' || v.status === 'used'))
      .reduce((n, v) => n + v.quantity, 0)
    expect(reward?.stock).toBeGreaterThanOrEqual(0)
    expect((reward?.stock ?? 0) + held).toBe(seed.stock)
    for (const userId of USERS) {
      const mine = state.mall.redemptions.filter((v) => v.userId === userId && v.rewardId === seed.id)
      const count = mine
        .filter((v) => v.status === 'issued' || v.status === 'used')
        .reduce((n, v) => n + v.quantity, 0)
      expect(count).toBeLessThanOrEqual(seed.perPersonLimit)
    }
  }
  for (const v of state.mall.redemptions) {
    const about = state.ledger.filter((e) => e.ref === v.id)
    expect(about.filter((e) => e.reason === 'redemption').map((e) => e.amount)).toEqual([-v.points])
    const refunded = v.status === 'cancelled' || v.status === 'expired'
    expect(about.filter((e) => e.reason === 'refund').map((e) => e.amount)).toEqual(
      refunded ? [v.points] : [],
    )
  }
  return ledgerNow
}

describe('points invariants', () => {
  it('hold over random interleavings of redeem, cancel, verify, award and expire by several users', async () => {
    await fc.assert(
      fc.asyncProperty(batches, async (plan) => {
        const backend = testBackend()
        const people = await Promise.all(USERS.map((id) => asUser(backend, id)))
        const world: World = { backend, people, keys: [], nextKey: 0, firstSent: new Map() }
        const seeded = backend.store.state.mall.redemptions.length
        /** every voucher a 201 answered with, by the key that asked for it */
        const vouchersOfKey = new Map<string, Set<string>>()
        let ledger = await expectInvariants(world, [])
        for (const batch of plan) {
          await Promise.all(
            batch.map(async ({ command: c, turns, macrotask }) => {
              for (let i = 0; i < turns; i++) await Promise.resolve()
              if (macrotask) await new Promise((r) => setTimeout(r, 0))
              const { res, key } = await run(world, c)
              if (res)
                expect([c.kind, res.status, OK[c.kind].includes(res.status)]).toEqual([
                  c.kind,
                  res.status,
                  true,
                ])
              if (res?.status === 201 && key) {
                const ids = vouchersOfKey.get(key) ?? new Set<string>()
                vouchersOfKey.set(key, ids.add(expectOk(res).id))
              }
            }),
          )
          ledger = await expectInvariants(world, ledger)
          // retries with one key (within its 24 h) → one voucher; and no voucher that no 201 announced
          const announced = [...vouchersOfKey.values()]
          expect(announced.every((ids) => ids.size === 1)).toBe(true)
          const distinct = new Set(announced.flatMap((ids) => [...ids]))
          expect(backend.store.state.mall.redemptions.length - seeded).toBe(distinct.size)
        }
      }),
      { numRuns: 40 },
    )
  }, 60_000)

  it('20 concurrent redemptions when the balance covers one → exactly one voucher', async () => {
    const backend = testBackend()
    awardPoints(backend.store, 'u-resident-3', 20, 'activity', null, backend.clock.now())
    const r3 = await asUser(backend, 'u-resident-3')
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => r3.redeem('rw-huimian', 1, `tap-${i}`)),
    )
    expect(results.filter((r) => r.status === 201)).toHaveLength(1)
    const refused = results.filter((r) => r.status !== 201)
    expect(refused.every((r) => r.status === 422 && !r.ok && r.error.code === 'INSUFFICIENT_POINTS')).toBe(
      true,
    )
    expect((await r3.account()).balance).toBe(0)
    expect((await r3.vouchers()).length).toBe(1)
    expect(backend.store.state.mall.rewards.find((r) => r.id === 'rw-huimian')?.stock).toBe(17)
  })

  it('20 concurrent redemptions by four people when the stock covers one → exactly one voucher', async () => {
    const backend = testBackend()
    const grocery = backend.store.state.mall.rewards.find((r) => r.id === 'rw-grocery')
    if (!grocery) throw new Error('no rw-grocery')
    grocery.stock = 1
    for (const id of USERS) awardPoints(backend.store, id, 200, 'activity', null, backend.clock.now())
    const people = await Promise.all(USERS.map((id) => asUser(backend, id)))
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => people[i % 4].redeem('rw-grocery', 1, `tap-${i}`)),
    )
    expect(results.filter((r) => r.status === 201)).toHaveLength(1)
    expect(results.filter((r) => r.status === 422).length).toBe(19)
    expect(grocery.stock).toBe(0)
    expect(backend.store.state.mall.redemptions.filter((v) => v.rewardId === 'rw-grocery')).toHaveLength(1)
  })
})

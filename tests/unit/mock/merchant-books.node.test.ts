import fc from 'fast-check'
import { api } from '../../../src/contract'
import { awardPoints } from '../../../mock/points/award'
import { expectOk, testBackend } from './helpers'
import { asUser, people, unused } from './points-helpers'

const BEIJING = 8 * 60 * 60 * 1000
const month = (ms: number) => new Date(ms + BEIJING).toISOString().slice(0, 7)

describe('核销 records by day and totals', () => {
  it('groups my 核销 by Zhengzhou day, newest first, with counts and points; totals add up', async () => {
    const { backend, r1, r2, m1 } = await people()
    const first = await unused(r2, 'rw-huimian')
    expectOk(await m1.verify(first.code, 'a'))
    backend.clock.advance(15 * 60) // 28 Nov 09:00 → 29 Nov 00:00
    const second = expectOk(await r1.redeem('rw-huimian'))
    expectOk(await m1.verify(second.code, 'b'))

    const days = expectOk(await m1.call(api.merchantRedemptionDays)).items
    expect(days.map((d) => [d.date, d.vouchers, d.points])).toEqual([
      ['2026-11-29', 1, 20],
      ['2026-11-28', 1, 20],
      // the seeded 烩面 王秀兰 used over a year ago
      [expect.stringMatching(/^2025-/), 1, 20],
    ])
    expect(days[0].items[0]).toMatchObject({ code: second.code, holderName: '王**' })
    const totals = expectOk(await m1.call(api.merchantTotals))
    expect(totals).toMatchObject({
      shop: { name: '老刘烩面馆' },
      today: { vouchers: 1, points: 20 },
      thisMonth: { vouchers: 2, pieces: 2, points: 40 },
      allTime: { vouchers: 3, points: 60 },
      outstanding: 0,
    })
  })

  it('the statement of a month lists its vouchers by reward, and an empty month is all zeros', async () => {
    const { r2, m1 } = await people()
    const v = await unused(r2, 'rw-huimian')
    expectOk(await m1.verify(v.code, 'a'))
    const now = expectOk(await m1.call(api.merchantStatement))
    expect(now).toMatchObject({
      month: '2026-11',
      lines: [{ rewardId: 'rw-huimian', title: '烩面一碗', cost: 20, vouchers: 1, pieces: 1, points: 20 }],
      total: { vouchers: 1, pieces: 1, points: 20 },
    })
    expect(now.vouchers.map((x) => x.code)).toEqual([v.code])
    const empty = expectOk(await m1.call(api.merchantStatement, { query: { month: '2026-06' } }))
    expect(empty).toMatchObject({ lines: [], total: { vouchers: 0, pieces: 0, points: 0 }, vouchers: [] })
    expect((await m1.get('/merchant/statement', { month: '2026-13' })).status).toBe(400)
  })
})

type Step =
  | { kind: 'redeem'; who: number; reward: number }
  | { kind: 'verify'; pick: number }
  | { kind: 'cancel'; pick: number }
  | { kind: 'edit'; cost: number }
  | { kind: 'wait'; hours: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('redeem' as const), who: fc.nat(2), reward: fc.nat(1) }),
  fc.record({ kind: fc.constant('verify' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('edit' as const), cost: fc.integer({ min: 5, max: 40 }) }),
  fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 24 * 12 }) }),
)

describe('property: the books are a recount of the vouchers', () => {
  it('every month’s statement, the day records and the totals equal a recount of the store', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
        const backend = testBackend()
        const m1 = await asUser(backend, 'u-merchant-1')
        const ids = ['u-resident-1', 'u-resident-2', 'u-resident-3']
        const residents = await Promise.all(ids.map((id) => asUser(backend, id)))
        for (const id of ids) awardPoints(backend.store, id, 500, 'activity', null, backend.clock.now())
        const created = expectOk(
          await m1.call(api.createReward, {
            body: {
              title: '胡辣汤',
              description: '早上供应，堂食',
              picture: 'soup',
              cost: 10,
              stock: 50,
              perPersonLimit: 10,
              validDays: 20,
            },
            idempotencyKey: 'c',
          }),
        )
        const shopRewards = ['rw-huimian', created.id]
        let keys = 0
        for (const s of steps) {
          const issued = backend.store.state.mall.redemptions.filter(
            (r) => r.status === 'issued' && shopRewards.includes(r.rewardId),
          )
          if (s.kind === 'redeem') await residents[s.who].redeem(shopRewards[s.reward])
          else if (s.kind === 'verify' && issued.length > 0)
            await m1.call(api.verifyRedemption, {
              body: { code: issued[s.pick % issued.length].code },
              idempotencyKey: `v${++keys}`,
            })
          else if (s.kind === 'cancel' && issued.length > 0) {
            const v = issued[s.pick % issued.length]
            await residents[ids.indexOf(v.userId)].call(api.cancelRedemption, {
              params: { id: v.id },
              idempotencyKey: `x${++keys}`,
            })
          } else if (s.kind === 'edit') {
            const r = created
            await m1.call(api.updateReward, {
              params: { id: r.id },
              body: {
                title: r.title,
                description: r.description,
                picture: r.picture,
                cost: s.cost,
                stock: 40,
                perPersonLimit: 10,
                validDays: 20,
              },
              idempotencyKey: `e${++keys}`,
            })
          } else if (s.kind === 'wait') backend.clock.advance(s.hours * 60)
        }

        const used = backend.store.state.mall.redemptions.filter(
          (r) => r.status === 'used' && shopRewards.includes(r.rewardId) && r.usedAt !== null,
        )
        const months = new Set([...used.map((r) => month(r.usedAt!)), month(backend.clock.now())])
        let allPoints = 0
        for (const m of months) {
          const st = expectOk(await m1.call(api.merchantStatement, { query: { month: m } }))
          const recount = used.filter((r) => month(r.usedAt!) === m)
          const points = recount.reduce((n, r) => n + r.points, 0)
          expect(st.total).toEqual({
            vouchers: recount.length,
            pieces: recount.reduce((n, r) => n + r.quantity, 0),
            points,
          })
          expect(st.vouchers.map((v) => v.id).sort()).toEqual(recount.map((r) => r.id).sort())
          expect(st.lines.reduce((n, l) => n + l.points, 0)).toBe(points)
          for (const l of st.lines) expect(l.points).toBe(l.cost * l.pieces)
          allPoints += points
        }
        const days = expectOk(await m1.call(api.merchantRedemptionDays, { query: { limit: 50 } })).items
        expect(days.reduce((n, d) => n + d.points, 0)).toBe(allPoints)
        expect(days.reduce((n, d) => n + d.vouchers, 0)).toBe(used.length)
        for (const d of days) expect(d.items.every((v) => v.usedAt?.startsWith(d.date))).toBe(true)
        const totals = expectOk(await m1.call(api.merchantTotals))
        expect(totals.allTime).toMatchObject({ vouchers: used.length, points: allPoints })
      }),
      { numRuns: 25 },
    )
  }, 120_000)
})

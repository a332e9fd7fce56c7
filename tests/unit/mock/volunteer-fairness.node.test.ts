import fc from 'fast-check'
import { api, pointsForService } from '../../../src/contract'
import { awardPoints } from '../../../mock/points/award'
import { servedInWindow } from '../../../mock/volunteer/settle-attendance'
import { seedActivities } from '../../../mock/volunteer/seed-activities'
import { expectOk, testBackend } from './helpers'
import { asUser, unused } from './points-helpers'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

describe('service time counts only inside the activity’s window', () => {
  it('checking in 30 minutes early and out at the end pays for the activity’s length, not more', async () => {
    const backend = testBackend()
    const r3 = await asUser(backend, 'u-resident-3')
    const codes = expectOk(await r3.call(api.devActivityCodes)).items
    const code = { code: codes.find((c) => c.activityId === 'act-sorting')!.code }
    expectOk(await r3.call(api.signUpActivity, { params: { id: 'act-sorting' }, idempotencyKey: 's' }))
    // act-sorting: 4 days on, 08:00–10:30; now is 28 Nov 09:00 → 2 Dec 07:30 is 30 minutes early
    backend.clock.advance(4 * 24 * 60 - 90)
    expectOk(await r3.call(api.checkIn, { params: { id: 'act-sorting' }, body: code, idempotencyKey: 'i' }))
    backend.clock.advance(30 + 150)
    const done = expectOk(
      await r3.call(api.checkOut, { params: { id: 'act-sorting' }, body: code, idempotencyKey: 'o' }),
    )
    expect(done.mine).toMatchObject({ servedMinutes: 150, points: 20 })
  })

  it('property: served time never exceeds the window, nor the time actually there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.integer({ min: MIN, max: 8 * HOUR }),
        fc.integer({ min: -2 * HOUR, max: 10 * HOUR }),
        fc.option(fc.integer({ min: 0, max: 12 * HOUR }), { nil: null }),
        (startAt, length, arrive, stay) => {
          const a = { startAt, endAt: startAt + length }
          const checkinAt = startAt + arrive
          const checkoutAt = stay === null ? null : checkinAt + stay
          const served = servedInWindow(checkinAt, checkoutAt, a)
          expect(served).toBeGreaterThanOrEqual(0)
          expect(served).toBeLessThanOrEqual(length)
          if (checkoutAt !== null) expect(served).toBeLessThanOrEqual(Math.max(0, checkoutAt - checkinAt))
          // the counted time lies inside both the window and the presence
          const from = Math.max(checkinAt, startAt)
          const to = Math.min(checkoutAt ?? a.endAt, a.endAt)
          expect(served).toBe(Math.max(0, to - from))
          expect(pointsForService(served, length)).toBeLessThanOrEqual(pointsForService(length, length))
        },
      ),
    )
  })
})

const FESTIVALS: [RegExp, number[]][] = [
  [/春节|新春|元宵/, [1, 2]],
  [/植树节/, [3]],
  [/清明/, [4]],
  [/五一|母亲节/, [5]],
  [/端午/, [6]],
  [/消夏|高温/, [7]],
  [/中秋/, [9]],
  [/重阳|国庆/, [10]],
  [/冬至|除冰/, [12]],
]

describe('seeded activities follow the mock clock’s season', () => {
  it('property: whatever day the mock starts, no festival is held outside its month', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2032, 0, 1) }), (now) => {
        const activities = seedActivities(now)
        const titles = activities.map((a) => a.title)
        expect(new Set(titles).size).toBe(titles.length)
        for (const a of activities) {
          const month = new Date(a.startAt + 8 * HOUR).getUTCMonth() + 1
          for (const [pattern, months] of FESTIVALS)
            if (pattern.test(a.title)) expect([a.title, months.includes(month)]).toEqual([a.title, true])
        }
      }),
      { numRuns: 300 },
    )
  })

  it('in December there is no 端午节', () => {
    const titles = seedActivities(Date.UTC(2026, 11, 2, 12)).map((a) => a.title)
    expect(titles.some((t) => t.includes('端午'))).toBe(false)
  })
})

describe('the refund of a cancel, and when its points expire', () => {
  it('tells how many refunded points would expire within 30 days, and when', async () => {
    const backend = testBackend()
    const r1 = await asUser(backend, 'u-resident-1')
    // 王秀兰's 理发券 (30) took her oldest points; some of them expire within 30 days of now
    const haircut = await unused(r1, 'rw-haircut')
    const account = await r1.account()
    expect(account.expiringSoon.points).toBeGreaterThan(0)
    const soon = haircut.refundExpiringSoon
    expect(soon).not.toBeNull()
    expect(soon!.points).toBeLessThanOrEqual(haircut.points)
    expect(Date.parse(soon!.firstAt)).toBeLessThanOrEqual(backend.clock.now() + 30 * DAY)
    // a voucher paid with fresh points has nothing expiring soon
    const r3 = await asUser(backend, 'u-resident-3')
    awardPoints(backend.store, 'u-resident-3', 40, 'activity', null, backend.clock.now())
    const fresh = expectOk(await r3.redeem('rw-grocery'))
    expect(fresh.refundExpiringSoon).toBeNull()
  })
})

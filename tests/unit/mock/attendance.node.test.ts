import { api } from '../../../src/contract'
import type { MockBackend } from '../../../mock/backend'
import { callEndpoint, expectError, expectOk, testBackend, type Answer } from './helpers'
import { newKey } from './ticket-helpers'
import { asUser, expectRefusal, type AsUser } from './points-helpers'

/**
 * At T0 (Sat 09:00) act-cleanup-now runs 08:00–11:00 (u-resident-1 signed up): check-in until
 * 11:00, check-out until 12:00. act-traffic runs Mon 07:30–09:30: check-in opens 06:30.
 */
const MIN_TO_MONDAY_0730 = 46 * 60 + 30

async function codes(backend: MockBackend): Promise<Record<string, string>> {
  const res = await callEndpoint(backend, api.devActivityCodes)
  expect(res.status).toBe(200)
  const { items } = expectOk(res)
  return Object.fromEntries(items.map((c) => [c.activityId, c.code]))
}

async function setup() {
  const backend = testBackend()
  const r1 = await asUser(backend, 'u-resident-1')
  return { backend, r1, code: await codes(backend) }
}

const mine = (res: Answer<typeof api.checkOut>) => expectOk(res).mine

async function pointsOf(u: AsUser) {
  return (await u.account()).balance
}

describe('activity codes', () => {
  it('the developer endpoint lists every activity with its code and windows, without a token', async () => {
    const { items } = expectOk(await callEndpoint(testBackend(), api.devActivityCodes))
    expect(items.length).toBe(17)
    const cleanup = items.find((c) => c.activityId === 'act-cleanup-now')
    expect(cleanup).toMatchObject({
      title: '社区环境清洁日',
      checkinOpensAt: '2026-11-28T07:00:00+08:00',
      checkoutClosesAt: '2026-11-28T12:00:00+08:00',
    })
    expect(new Set(items.map((c) => c.code)).size).toBe(items.length)
    for (const c of items) expect(c.code).toMatch(/^HD[A-Z2-9]{6}$/)
  })

  it('belongs to one activity: a wrong code or another activity’s code is refused plainly', async () => {
    const { r1, code } = await setup()
    const wrong = await r1.checkIn('act-cleanup-now', 'HD000000')
    expectRefusal(wrong, 400, 'VALIDATION_FAILED', '这不是本活动的签到码，请扫描活动现场的二维码')
    expect(expectError(wrong).error.fields).toEqual({ code: '这不是本活动的签到码，请扫描活动现场的二维码' })
    expectRefusal(
      await r1.checkIn('act-cleanup-now', code['act-traffic']),
      400,
      'VALIDATION_FAILED',
      '这是「文明交通劝导」的签到码，不是本活动的',
    )
    expect(
      (await r1.post('/activities/act-cleanup-now/checkin', {}, { 'idempotency-key': newKey() })).status,
    ).toBe(400)
  })
})

describe('check-in', () => {
  it('works at once for the running activity, typed in any case with spaces; a second scan is refused', async () => {
    const { r1, code } = await setup()
    const typed = code['act-cleanup-now'].toLowerCase().replace(/^(.{4})/, '$1 ')
    const res = await r1.checkIn('act-cleanup-now', typed)
    expect(res.status).toBe(200)
    expect(mine(res)).toMatchObject({ status: 'checked_in', checkinAt: '2026-11-28T09:00:00+08:00' })
    expect(expectOk(res).can).toMatchObject({ checkin: false, checkout: true, cancel: false })
    expectRefusal(
      await r1.checkIn('act-cleanup-now', code['act-cleanup-now']),
      409,
      'CONFLICT',
      '您已经签到过了（11月28日 09:00）',
    )
  })

  it('opens 60 minutes before the start and closes at the end', async () => {
    const { backend, r1, code } = await setup()
    const checkin = () => r1.checkIn('act-traffic', code['act-traffic'])
    expectRefusal(await checkin(), 409, 'ILLEGAL_TRANSITION', '不在签到时间内，活动开始前 1 小时起可签到')
    backend.clock.advance(MIN_TO_MONDAY_0730 - 61)
    expectRefusal(await checkin(), 409, 'ILLEGAL_TRANSITION', '不在签到时间内，活动开始前 1 小时起可签到')
    backend.clock.advance(1)
    expect((await checkin()).status).toBe(200)

    const late = await setup()
    late.backend.clock.advance(MIN_TO_MONDAY_0730 + 120)
    expectRefusal(
      await late.r1.checkIn('act-traffic', late.code['act-traffic']),
      409,
      'ILLEGAL_TRANSITION',
      '活动已经结束，不能签到了',
    )
  })

  it('needs a sign-up', async () => {
    const { backend, code } = await setup()
    const r3 = await asUser(backend, 'u-resident-3')
    expectRefusal(
      await r3.checkIn('act-cleanup-now', code['act-cleanup-now']),
      409,
      'ILLEGAL_TRANSITION',
      '您还没有报名这个活动，不能签到',
    )
  })
})

describe('check-out and points', () => {
  it('pays 10 points for every full hour served inside the window: in 09:00, out 11:05 (5 min after the end) → 2 h, 20', async () => {
    const { backend, r1, code } = await setup()
    const c = code['act-cleanup-now']
    expectRefusal(
      await r1.checkOut('act-cleanup-now', c),
      409,
      'ILLEGAL_TRANSITION',
      '您还没有签到，请先签到',
    )
    await r1.checkIn('act-cleanup-now', c)
    backend.clock.advance(125)
    const res = await r1.checkOut('act-cleanup-now', c)
    expect(res.status).toBe(200)
    expect(mine(res)).toMatchObject({ status: 'completed', servedMinutes: 120, points: 20 })
    expect(await pointsOf(r1)).toBe(140)
    const last = (await r1.ledger()).at(-1)
    expect(last).toMatchObject({ amount: 20, reason: 'activity', ref: 'act-cleanup-now', balanceAfter: 140 })
    expect(last?.note).toBe('参加「社区环境清洁日」服务 2 小时')
    expectRefusal(
      await r1.checkOut('act-cleanup-now', c),
      409,
      'CONFLICT',
      '您已经签退过了（11月28日 11:05）',
    )
  })

  it('counts only full hours: 1 h 59 min → 10', async () => {
    const { backend, r1, code } = await setup()
    const c = code['act-cleanup-now']
    await r1.checkIn('act-cleanup-now', c)
    backend.clock.advance(119)
    expect(mine(await r1.checkOut('act-cleanup-now', c))).toMatchObject({
      points: 10,
    })
    expect(await pointsOf(r1)).toBe(130)
  })

  it('caps the time at the activity’s length (in an hour early, out an hour late)', async () => {
    const { backend, r1, code } = await setup()
    const c = code['act-traffic']
    backend.clock.advance(MIN_TO_MONDAY_0730 - 60)
    expect((await r1.checkIn('act-traffic', c)).status).toBe(200)
    backend.clock.advance(4 * 60)
    const res = await r1.checkOut('act-traffic', c)
    expect(mine(res)).toMatchObject({ servedMinutes: 120, points: 20 })
  })

  it('checks out until 60 minutes after the end; a forgotten check-out counts up to the scheduled end', async () => {
    const { backend, r1, code } = await setup()
    const c = code['act-cleanup-now']
    await r1.checkIn('act-cleanup-now', c) // 09:00
    backend.clock.advance(3 * 60 + 1) // 12:01, the window closed at 12:00
    expectRefusal(
      await r1.checkOut('act-cleanup-now', c),
      409,
      'ILLEGAL_TRANSITION',
      '签退时间已过，已按活动结束时间计算服务时长',
    )
    const a = expectOk(await r1.call(api.getActivity, { params: { id: 'act-cleanup-now' } }))
    expect(a.mine).toMatchObject({ status: 'completed', checkoutAt: null, servedMinutes: 120, points: 20 })
    const last = (await r1.ledger()).at(-1)
    expect(last).toMatchObject({ amount: 20, reason: 'activity', at: '2026-11-28T12:00:00+08:00' })
    expect(last?.note).toContain('未签退，按活动结束时间计')
    expect(await pointsOf(r1)).toBe(140)
  })

  it('still checks out at the last minute of the window, counting the time up to the end', async () => {
    const { backend, r1, code } = await setup()
    const c = code['act-cleanup-now']
    await r1.checkIn('act-cleanup-now', c) // 09:00
    backend.clock.advance(3 * 60) // 12:00: the activity ended at 11:00, the hour after it does not count
    const res = await r1.checkOut('act-cleanup-now', c)
    expect(mine(res)).toMatchObject({
      checkoutAt: '2026-11-28T12:00:00+08:00',
      servedMinutes: 120,
      points: 20,
    })
  })

  it('someone who signed up and never came is 未参加 and earns nothing', async () => {
    const { backend, r1 } = await setup()
    backend.clock.advance(MIN_TO_MONDAY_0730 + 3 * 60)
    const a = expectOk(await r1.call(api.getActivity, { params: { id: 'act-traffic' } }))
    expect(a.mine?.status).toBe('absent')
    expect(await pointsOf(r1)).toBe(120)
  })
})

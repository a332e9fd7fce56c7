import { api, type Notification } from '../../../src/contract'
import type { MockBackend } from '../../../mock/backend'
import { awardPoints } from '../../../mock/points/award'
import { addMonths } from '../../../mock/points/time'
import { memoryStorage } from '../../../mock/persistence'
import { callEndpoint, expectOk, T0, testBackend } from './helpers'
import { asUser, unused, type AsUser } from './points-helpers'
import { signIn } from './ticket-helpers'
import { HOUR, inbox, MINUTE } from './workbench-helpers'

/**
 * Messages about points and activities. At T0 (Sat 09:00): u-resident-1 (王秀兰, 120 points) is
 * signed up for act-cleanup-now (08:00–11:00, check-out until 12:00) and act-traffic (Mon
 * 07:30–09:30); u-resident-2 for act-cleanup-now only; u-resident-3 has no points.
 */

const DAY = 24 * HOUR
const SUN_0730 = T0 + 22 * HOUR + 30 * MINUTE
const MON_0630 = SUN_0730 + 23 * HOUR

async function codes(backend: MockBackend): Promise<Record<string, string>> {
  const { items } = expectOk(await callEndpoint(backend, api.devActivityCodes))
  return Object.fromEntries(items.map((c) => [c.activityId, c.code]))
}

/** Messages of one title, newest first, with their time as an ISO instant. */
async function titled(u: AsUser, title: string): Promise<(Notification & { atMs: number })[]> {
  return (await inbox(u)).filter((m) => m.title === title).map((m) => ({ ...m, atMs: Date.parse(m.at) }))
}

/** The one message titled `title`: none or more than one fails the test. */
async function onlyOne(u: AsUser, title: string): Promise<Notification & { atMs: number }> {
  const found = await titled(u, title)
  expect(found).toHaveLength(1)
  return found[0]
}

/** Moves the mock clock to `at` (never back). */
function clockTo(backend: MockBackend, at: number): void {
  const minutes = Math.round((at - backend.clock.now()) / MINUTE)
  if (minutes < 0) throw new Error('the clock only moves forward')
  if (minutes > 0) backend.clock.advance(minutes)
}

async function setup(backend: MockBackend = testBackend()) {
  const [r1, r2, r3] = await Promise.all(
    ['u-resident-1', 'u-resident-2', 'u-resident-3'].map((id) => asUser(backend, id)),
  )
  return { backend, r1, r2, r3 }
}

describe('积分到账', () => {
  it('a report accepted: the reporter hears how many and her balance, once, and it opens 我的积分', async () => {
    const { backend, r1, r2 } = await setup()
    const zhao = await signIn(backend, 'u-grid-1')
    expect((await zhao.call(api.acceptTicket, { params: { id: 't-0001' } })).status).toBe(200)
    const earned = await onlyOne(r1, '积分到账')
    expect(earned).toMatchObject({
      kind: 'points',
      body: '您上报的问题已受理，获得 5 积分，现在共有 125 积分。',
      read: false,
      ticketId: null,
      activityId: null,
      voucherId: null,
    })
    expect(earned.atMs).toBe(T0)
    expect(await titled(r2, '积分到账')).toEqual([])
  })

  it('an activity checked out: 您参加「…」获得 10 积分', async () => {
    const { backend, r1 } = await setup()
    const code = (await codes(backend))['act-cleanup-now']
    await r1.call(api.checkIn, { params: { id: 'act-cleanup-now' }, body: { code } })
    clockTo(backend, T0 + HOUR + 40 * MINUTE)
    expect((await r1.call(api.checkOut, { params: { id: 'act-cleanup-now' }, body: { code } })).status).toBe(
      200,
    )
    const earned = await titled(r1, '积分到账')
    expect(earned.map((m) => [m.body, m.atMs])).toEqual([
      ['您参加「社区环境清洁日」获得 10 积分，现在共有 130 积分。', T0 + HOUR + 40 * MINUTE],
    ])
    // she checked out before the end: nothing about a forgotten check-out
    clockTo(backend, T0 + 4 * HOUR)
    expect(await titled(r1, '忘记签退？')).toEqual([])
  })
})

describe('积分已使用 and 积分已退回', () => {
  it('a redemption and its cancel each tell the holder once and open the voucher', async () => {
    const { backend, r1 } = await setup()
    const voucher = expectOk(await r1.redeem('rw-huimian'))
    const [spent] = await titled(r1, '积分已使用')
    expect(spent).toMatchObject({
      kind: 'points',
      voucherId: voucher.id,
      ticketId: null,
      body: '您兑换了「烩面一碗」，用去 20 积分，还剩 100 积分。到店出示券码即可使用。',
    })
    backend.clock.advance(30)
    expect((await r1.call(api.cancelRedemption, { params: { id: voucher.id } })).status).toBe(200)
    const refunded = await titled(r1, '积分已退回')
    expect(refunded.map((m) => [m.voucherId, m.body, m.atMs])).toEqual([
      [voucher.id, '您取消了「烩面一碗」，20 积分已退回，现在共有 120 积分。', T0 + 30 * MINUTE],
    ])
    expect(await titled(r1, '积分已使用')).toHaveLength(1)
  })

  it('an unused voucher past its last day: refunded when the clock passes it, dated then, once', async () => {
    const { backend, r1 } = await setup()
    const haircut = await unused(r1, 'rw-haircut')
    const expiresAt = Date.parse(haircut.expiresAt)
    clockTo(backend, expiresAt - MINUTE)
    expect(await titled(r1, '积分已退回')).toEqual([])
    clockTo(backend, expiresAt + DAY)
    await inbox(r1)
    await r1.account()
    const refunded = await titled(r1, '积分已退回')
    expect(refunded.map((m) => [m.voucherId, m.body, m.atMs])).toEqual([
      [haircut.id, '「理发券」到期没有使用，30 积分已退回，现在共有 140 积分。', expiresAt],
    ])
  })
})

describe('积分即将过期', () => {
  /** u-resident-3 earns 20 at T0 and 40 a day later, and spends 20 on a 烩面 she eats: the first points are gone. */
  async function earner() {
    const people = await setup()
    const { backend, r3 } = people
    awardPoints(backend.store, 'u-resident-3', 20, 'activity', null, backend.clock.now())
    backend.clock.advance(24 * 60)
    awardPoints(backend.store, 'u-resident-3', 40, 'activity', null, backend.clock.now())
    const { code } = expectOk(await r3.redeem('rw-huimian'))
    const m1 = await asUser(backend, 'u-merchant-1')
    expect((await m1.call(api.verifyRedemption, { body: { code } })).status).toBe(200)
    return people
  }

  it('30 days before points expire, once, for what is left of them; spent points are not announced', async () => {
    const { backend, r1, r3 } = await earner()
    const second = addMonths(T0 + DAY, 12)
    const notice = second - 30 * DAY
    clockTo(backend, notice - MINUTE)
    expect(await titled(r3, '积分即将过期')).toEqual([])
    clockTo(backend, notice)
    const soon = await onlyOne(r3, '积分即将过期')
    expect(soon).toMatchObject({
      kind: 'points',
      voucherId: null,
      activityId: null,
      body: '您有 40 积分将在 11月29日 过期，过期后就不能用了，记得去积分商城兑换礼品。',
    })
    expect(soon.atMs).toBe(notice)
    // settled again and again, then past the expiry itself: still one
    await inbox(r3)
    await r3.account()
    clockTo(backend, second + DAY)
    expect(await titled(r3, '积分即将过期')).toHaveLength(1)
    // 王秀兰's points of a year ago are hers, and so are their notices
    expect((await titled(r1, '积分即将过期')).every((m) => m.atMs > T0)).toBe(true)
  })

  it('a clock moved past several notices at once sends each, dated at its moment', async () => {
    const { backend, r1 } = await setup()
    clockTo(backend, T0 + 200 * DAY)
    const first = await titled(r1, '积分即将过期')
    await r1.account()
    clockTo(backend, T0 + 400 * DAY)
    const all = await titled(r1, '积分即将过期')
    expect(first.length).toBeGreaterThan(0)
    expect(all.slice(-first.length).map((m) => m.id)).toEqual(first.map((m) => m.id))
    expect(new Set(all.map((m) => m.atMs)).size).toBe(all.length)
    for (const m of all) expect(m.atMs).toBeGreaterThan(T0)
  })
})

describe('activity reminders', () => {
  it('the day before and an hour before, to the people signed up, each once, opening the activity', async () => {
    const { backend, r1, r2 } = await setup()
    clockTo(backend, SUN_0730 - MINUTE)
    expect(await titled(r1, '活动明天开始')).toEqual([])
    clockTo(backend, SUN_0730 + 3 * HOUR)
    await inbox(r1)
    const tomorrow = await onlyOne(r1, '活动明天开始')
    expect(tomorrow).toMatchObject({
      kind: 'activity',
      activityId: 'act-traffic',
      ticketId: null,
      voucherId: null,
      body: '您报名的「文明交通劝导」明天 07:30 开始，地点：建设路与桐柏路交叉口（东南角岗亭集合）。请提前到场扫码签到；去不了请在开始前取消报名。',
    })
    expect(tomorrow.atMs).toBe(SUN_0730)
    expect(await titled(r1, '活动一小时后开始')).toEqual([])

    clockTo(backend, MON_0630)
    const [hour] = await titled(r1, '活动一小时后开始')
    expect([hour.activityId, hour.atMs, hour.body]).toEqual([
      'act-traffic',
      MON_0630,
      '您报名的「文明交通劝导」今天 07:30 开始，地点：建设路与桐柏路交叉口（东南角岗亭集合）。请提前到场扫码签到；去不了请在开始前取消报名。',
    ])
    clockTo(backend, MON_0630 + 5 * DAY)
    expect(await titled(r1, '活动明天开始')).toHaveLength(1)
    expect(await titled(r1, '活动一小时后开始')).toHaveLength(1)
    // u-resident-2 is not signed up for it
    expect((await inbox(r2)).filter((m) => m.activityId === 'act-traffic')).toEqual([])
  })

  it('nothing for a sign-up cancelled before the moment, or for a moment passed before the sign-up', async () => {
    const { backend, r1, r2, r3 } = await setup()
    expect((await r1.call(api.cancelSignup, { params: { id: 'act-traffic' } })).status).toBe(200)
    // act-library (Tue 14:00, full): u-resident-3 waits, and gets u-resident-2's place 2 hours before
    const libraryStart = T0 + 3 * DAY + 5 * HOUR
    expect((await r3.call(api.joinWaitlist, { params: { id: 'act-library' } })).status).toBe(200)
    clockTo(backend, libraryStart - 2 * HOUR)
    expect((await r2.call(api.cancelSignup, { params: { id: 'act-library' } })).status).toBe(200)
    clockTo(backend, libraryStart + DAY)
    expect((await inbox(r1)).filter((m) => m.activityId === 'act-traffic')).toEqual([])
    const about = async (u: AsUser) =>
      (await inbox(u)).filter((m) => m.activityId === 'act-library').map((m) => [m.title, Date.parse(m.at)])
    expect(await about(r3)).toEqual([
      ['活动一小时后开始', libraryStart - HOUR],
      ['候补成功，已为您报名', libraryStart - 2 * HOUR],
    ])
    expect(await about(r2)).toEqual([['活动明天开始', libraryStart - DAY]])
  })
})

describe('an activity just after midnight', () => {
  it('an hour before it is the evening before: 明天 00:30', async () => {
    const { backend, r3 } = await setup()
    const start = T0 + 15 * HOUR + 30 * MINUTE // Sun 00:30
    const { volunteer } = backend.store.state
    const model = volunteer.activities.find((a) => a.id === 'act-sorting')!
    volunteer.activities.push({
      ...model,
      id: 'act-night',
      title: '夜间巡河',
      startAt: start,
      endAt: start + HOUR,
    })
    volunteer.signups.push({
      id: 'su-night',
      activityId: 'act-night',
      userId: 'u-resident-3',
      signedUpAt: T0 - DAY,
      cancelledAt: null,
      checkinAt: null,
      checkoutAt: null,
      servedMs: null,
      points: null,
    })
    clockTo(backend, start)
    const [hour] = await titled(r3, '活动一小时后开始')
    expect([hour.atMs, hour.body]).toEqual([
      start - HOUR,
      `您报名的「夜间巡河」明天 00:30 开始，地点：${model.place}。请提前到场扫码签到；去不了请在开始前取消报名。`,
    ])
  })
})

describe('忘记签退？', () => {
  it('at the end, to whoever checked in and not out; the points follow when check-out closes', async () => {
    const { backend, r1, r2 } = await setup()
    const code = (await codes(backend))['act-cleanup-now']
    await r1.call(api.checkIn, { params: { id: 'act-cleanup-now' }, body: { code } })
    const end = T0 + 2 * HOUR
    clockTo(backend, end - MINUTE)
    expect(await titled(r1, '忘记签退？')).toEqual([])
    clockTo(backend, end + 10 * MINUTE)
    const [forgot] = await titled(r1, '忘记签退？')
    expect(forgot).toMatchObject({
      kind: 'activity',
      activityId: 'act-cleanup-now',
      body: '「社区环境清洁日」已经结束，您签到了还没有签退。请在 12:00 前扫码签退；过了时间，服务时长按活动结束时间计算。',
    })
    expect(forgot.atMs).toBe(end)
    expect(await titled(r1, '积分到账')).toEqual([])
    clockTo(backend, end + 3 * HOUR)
    expect(await titled(r1, '忘记签退？')).toHaveLength(1)
    const earned = await titled(r1, '积分到账')
    expect(earned.map((m) => [m.body, m.atMs])).toEqual([
      ['您参加「社区环境清洁日」获得 20 积分（未签退，按活动结束时间计），现在共有 140 积分。', end + HOUR],
    ])
    // u-resident-2 never checked in: nothing to check out
    expect(await titled(r2, '忘记签退？')).toEqual([])
  })
})

describe('sent once across restarts of the persisted store', () => {
  it('a reminder saved by a later write stays one; one never saved is sent again, once', async () => {
    const storage = memoryStorage()
    const first = await setup(testBackend({ storage }))
    await callEndpoint(first.backend, api.devAdvanceClock, { body: { advanceMinutes: 23 * 60 } })
    // a GET sends it (and saves nothing) …
    const sent = await titled(first.r1, '活动明天开始')
    expect(sent).toHaveLength(1)

    // … so a restart before any write sends it again, once
    const unsaved = await setup(testBackend({ storage }))
    expect((await titled(unsaved.r1, '活动明天开始')).map((m) => [m.id, m.atMs])).toEqual([
      [sent[0].id, SUN_0730],
    ])
    // a write saves it, read; after the next restart it is still the one, read, and no new one
    await unsaved.r1.call(api.markNotificationsRead, { body: { ids: [sent[0].id] } })
    const reloaded = await setup(testBackend({ storage }))
    await reloaded.r1.account()
    const after = await titled(reloaded.r1, '活动明天开始')
    expect(after.map((m) => [m.id, m.read, m.atMs])).toEqual([[sent[0].id, true, SUN_0730]])
  })
})

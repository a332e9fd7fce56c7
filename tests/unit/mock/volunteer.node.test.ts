import { api, type Activity, type EndpointOutput } from '../../../src/contract'
import { expectOk, testBackend } from './helpers'
import { asUser, expectRefusal, type AsUser } from './points-helpers'

/**
 * Seeded activities at T0 (Saturday 2026-11-28 09:00): act-cleanup-now runs 08:00–11:00;
 * act-traffic (Mon 07:30–09:30, u-resident-1 signed up) clashes with act-clinic (09:00–11:30);
 * act-library is full; act-antifraud's sign-up closed; act-patrol-sat and act-fire-drill are
 * merchant activities on Saturday 12-05 that clash (u-merchant-1 is on the patrol).
 */

async function detail(u: AsUser, id: string): Promise<Activity> {
  const res = await u.call(api.getActivity, { params: { id } })
  expect(res.status).toBe(200)
  return expectOk(res)
}

describe('activities: lists', () => {
  it('shows residents 居民活动 not yet ended, soonest first, with places left', async () => {
    const r1 = await asUser(testBackend(), 'u-resident-1')
    const items = expectOk(await r1.call(api.listActivities)).items
    expect(items.map((a) => a.id)).toEqual([
      'act-cleanup-now',
      'act-antifraud',
      'act-traffic',
      'act-clinic',
      'act-library',
      'act-sorting',
    ])
    expect(items.every((a) => a.audience === 'resident' && a.status !== 'ended')).toBe(true)
    const cleanup = items[0]
    expect(cleanup).toMatchObject({ status: 'ongoing', capacity: 30, capacityLeft: 19, maxPoints: 30 })
    expect(cleanup.mine?.status).toBe('signed_up')
    expect(items.find((a) => a.id === 'act-library')?.capacityLeft).toBe(0)
    expect(items.find((a) => a.id === 'act-antifraud')?.status).toBe('closed')
  })

  it('refuses 商户活动 to a resident, shows them to a verified merchant (both kinds by default)', async () => {
    const backend = testBackend()
    const r1 = await asUser(backend, 'u-resident-1')
    expectRefusal(
      await r1.call(api.listActivities, { query: { audience: 'merchant' } }),
      403,
      'FORBIDDEN',
      '商户活动仅对认证商户开放，请先在「我是商户」完成店铺认证',
    )
    const m1 = await asUser(backend, 'u-merchant-1')
    const merchantOnly = expectOk(
      await m1.call(api.listActivities, { query: { audience: 'merchant' } }),
    ).items
    expect(merchantOnly.map((a) => a.id)).toEqual(['act-patrol-sat', 'act-fire-drill'])
    const all = expectOk(await m1.call(api.listActivities)).items
    expect(all.map((a) => a.audience)).toEqual(expect.arrayContaining(['resident', 'merchant']))
  })

  it('lists ended activities latest first and pages every list without gaps or repeats', async () => {
    const r1 = await asUser(testBackend(), 'u-resident-1')
    const ended = expectOk(await r1.call(api.listActivities, { query: { status: 'ended' } })).items
    expect(ended[0].id).toBe('act-past-traffic')
    expect(ended.every((a) => a.status === 'ended')).toBe(true)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query = cursor
        ? { status: 'ended' as const, limit: '2', cursor }
        : { status: 'ended' as const, limit: '2' }
      const page: EndpointOutput<typeof api.listActivities> = expectOk(
        await r1.call(api.listActivities, { query }),
      )
      seen.push(...page.items.map((a) => a.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(ended.map((a) => a.id))
    expectRefusal(
      await r1.call(api.listActivities, { query: { cursor: 'nope' } }),
      400,
      'VALIDATION_FAILED',
      '列表已过期，请下拉刷新',
    )
  })

  it('我的活动 lists my sign-ups with where I am, filterable by status', async () => {
    const r1 = await asUser(testBackend(), 'u-resident-1')
    const mine = expectOk(await r1.call(api.myActivities)).items
    const status = Object.fromEntries(mine.map((a) => [a.id, a.mine?.status]))
    expect(status).toMatchObject({
      'act-traffic': 'signed_up',
      'act-cleanup-now': 'signed_up',
      'act-past-traffic': 'completed',
      'act-past-park': 'absent',
      'act-elderly': 'completed',
    })
    const done = expectOk(await r1.call(api.myActivities, { query: { status: 'completed' } })).items
    expect(done.length).toBe(7)
    expect(done.find((a) => a.id === 'act-past-traffic')?.mine).toMatchObject({
      points: 10,
      checkoutAt: null,
    })
  })

  it('is for residents and merchants: a grid worker is refused', async () => {
    const grid = await asUser(testBackend(), 'u-grid-1')
    expect((await grid.call(api.listActivities)).status).toBe(403)
  })
})

describe('activities: detail', () => {
  it('has time, place, organiser, places left, the points rule, what to bring, and what I may do', async () => {
    const r1 = await asUser(testBackend(), 'u-resident-1')
    const a = await detail(r1, 'act-sorting')
    expect(a).toMatchObject({
      title: '垃圾分类指导',
      startAt: '2026-12-02T08:00:00+08:00',
      endAt: '2026-12-02T10:30:00+08:00',
      checkinOpensAt: '2026-12-02T07:00:00+08:00',
      checkoutClosesAt: '2026-12-02T11:30:00+08:00',
      capacityLeft: 14,
      maxPoints: 20,
      pointsRule: '签到并签退后，每满 1 小时 10 分，本活动最多 20 分',
      can: { signup: true, cancel: false, checkin: false, checkout: false },
      signupBlockedReason: null,
    })
    expect(a.bring).toEqual(['口罩', '手套'])
    expect(a.place).toContain('垃圾分类投放点')
    expect((await detail(r1, 'act-clinic')).signupBlockedReason).toBe('这个时间您已报名了「文明交通劝导」')
    expect((await detail(r1, 'act-cleanup-now')).can).toEqual({
      signup: false,
      cancel: false,
      checkin: true,
      checkout: false,
      waitlist: false,
      leaveWaitlist: false,
    })
    expectRefusal(
      await r1.call(api.getActivity, { params: { id: 'act-nope' } }),
      404,
      'NOT_FOUND',
      '没有找到这个活动，可能已被取消',
    )
  })
})

describe('activities: sign-up and cancel', () => {
  it('signs up within capacity; a second sign-up is refused', async () => {
    const r3 = await asUser(testBackend(), 'u-resident-3')
    const res = await r3.signUp('act-sorting')
    expect(res.status).toBe(200)
    expect(expectOk(res)).toMatchObject({ capacityLeft: 13, mine: { status: 'signed_up' } })
    expectRefusal(await r3.signUp('act-sorting'), 409, 'CONFLICT', '您已经报名了这个活动')
  })

  it('refuses a full activity, a clash, a closed sign-up, a started one, and a merchant activity to residents', async () => {
    const backend = testBackend()
    const r1 = await asUser(backend, 'u-resident-1')
    const r3 = await asUser(backend, 'u-resident-3')
    expectRefusal(await r3.signUp('act-library'), 409, 'CONFLICT', '名额已满')
    expectRefusal(await r1.signUp('act-clinic'), 409, 'CONFLICT', '这个时间您已报名了「文明交通劝导」')
    expectRefusal(
      await r3.signUp('act-antifraud'),
      409,
      'ILLEGAL_TRANSITION',
      '报名已截止（11月27日 18:00 截止）',
    )
    expectRefusal(await r3.signUp('act-cleanup-now'), 409, 'ILLEGAL_TRANSITION', '活动已经开始，不能再报名了')
    expectRefusal(await r3.signUp('act-past-tree'), 409, 'ILLEGAL_TRANSITION', '活动已经结束了')
    expectRefusal(
      await r1.signUp('act-patrol-sat'),
      403,
      'FORBIDDEN',
      '这是商户活动，请先在「我是商户」完成店铺认证',
    )
    const m1 = await asUser(backend, 'u-merchant-1')
    expectRefusal(await m1.signUp('act-fire-drill'), 409, 'CONFLICT', '这个时间您已报名了「周六平安巡逻」')
  })

  it('closes sign-up at the deadline by the mock clock', async () => {
    const backend = testBackend()
    const r3 = await asUser(backend, 'u-resident-3')
    // act-sorting starts 12-02 08:00; sign-up closes a day before
    backend.clock.advance(71 * 60 - 1)
    expect((await detail(r3, 'act-sorting')).status).toBe('open')
    backend.clock.advance(1)
    expectRefusal(
      await r3.signUp('act-sorting'),
      409,
      'ILLEGAL_TRANSITION',
      '报名已截止（12月1日 08:00 截止）',
    )
  })

  it('cancelling frees the place at once (and ends a clash); cancelling again is refused', async () => {
    const r1 = await asUser(testBackend(), 'u-resident-1')
    const before = (await detail(r1, 'act-traffic')).capacityLeft
    const res = await r1.call(api.cancelSignup, { params: { id: 'act-traffic' } })
    expect(res.status).toBe(200)
    expect(expectOk(res)).toMatchObject({
      capacityLeft: before + 1,
      mine: { status: 'cancelled' },
    })
    expect((await r1.signUp('act-clinic')).status).toBe(200)
    expectRefusal(
      await r1.call(api.cancelSignup, { params: { id: 'act-traffic' } }),
      409,
      'ILLEGAL_TRANSITION',
      '您还没有报名这个活动',
    )
    expect((await r1.signUp('act-traffic')).status).toBe(409)
  })

  it('refuses to cancel once started or checked in', async () => {
    const backend = testBackend()
    const r1 = await asUser(backend, 'u-resident-1')
    expectRefusal(
      await r1.call(api.cancelSignup, { params: { id: 'act-cleanup-now' } }),
      409,
      'ILLEGAL_TRANSITION',
      '活动已经开始，不能取消报名了',
    )
    const codes = expectOk(await r1.call(api.devActivityCodes))
    const code = String(codes.items.find((c) => c.activityId === 'act-traffic')?.code)
    backend.clock.advance(46 * 60 + 30 - 60 + 5) // Monday 06:35, inside the check-in window
    expect((await r1.call(api.checkIn, { params: { id: 'act-traffic' }, body: { code } })).status).toBe(200)
    expectRefusal(
      await r1.call(api.cancelSignup, { params: { id: 'act-traffic' } }),
      409,
      'ILLEGAL_TRANSITION',
      '您已经签到，不能取消报名了',
    )
  })

  it('lets only one of two simultaneous sign-ups of one person through', async () => {
    const r3 = await asUser(testBackend(), 'u-resident-3')
    const results = await Promise.all([r3.signUp('act-sorting'), r3.signUp('act-sorting')])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    expect((await detail(r3, 'act-sorting')).capacityLeft).toBe(13)
  })
})

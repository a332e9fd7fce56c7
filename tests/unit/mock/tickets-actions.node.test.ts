import { api } from '../../../src/contract'
import { formatIso } from '../../../mock/clock'
import * as hooks from '../../../mock/tickets/hooks'
import { perform } from '../../../mock/tickets/commands'
import { gridActor } from '../../../mock/tickets/seed-people'
import { expectError, expectOk, refusalOf as refusal, T0 } from './helpers'
import { type Client, signInAll } from './ticket-helpers'

const HOUR = 3600_000

const setup = () => signInAll({ wang: 'u-resident-1', zhang: 'u-resident-2' })

async function ticket(client: Client, id: string) {
  const res = await client.call(api.getTicket, { params: { id } })
  expect(res.status).toBe(200)
  return expectOk(res)
}

afterEach(() => jest.restoreAllMocks())

describe('GET /tickets/:id', () => {
  it('shows the timeline, deadline, overdue and what the caller may do', async () => {
    const { wang, zhang } = await setup()
    const overdue = await ticket(wang, 't-0004')
    expect(overdue).toMatchObject({
      status: 'dispatched',
      overdue: true,
      departmentName: '自来水公司',
      slaHours: 24,
    })
    expect(overdue.deadline).toBe(formatIso(T0 - 36 * HOUR))
    expect(overdue.can).toEqual({ urge: true, rate: false, reopen: false, support: false })
    expect(overdue.urgeAvailableAt).toBe(formatIso(T0))
    expect(overdue.timeline.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'dispatched'])
    const resolved = await ticket(wang, 't-0006')
    expect(resolved.can).toEqual({ urge: false, rate: true, reopen: true, support: false })
    expect(resolved.timeline.at(-1)).toMatchObject({
      kind: 'resolved',
      actor: { role: 'department', name: '区市政工程中心' },
    })
    expect(resolved.timeline.at(-1)?.photos).toHaveLength(1)
    expect((await ticket(zhang, 't-0006')).can).toEqual({
      urge: false,
      rate: false,
      reopen: false,
      support: false,
    })
    expect((await ticket(wang, 't-0015')).can.support).toBe(true)
  })

  it.each([api.getTicket, api.urgeTicket])(
    'answers 404 in plain words for an unknown id: $path',
    async (e) => {
      const { wang } = await setup()
      const unknown = { params: { id: 't-9999' } }
      expect(refusal(await wang.call(e, unknown))).toEqual([404, 'NOT_FOUND', '没有找到这个问题'])
    },
  )

  it('computes overdue from the mock clock', async () => {
    const { backend, wang } = await setup()
    expect((await ticket(wang, 't-0005')).overdue).toBe(false)
    backend.clock.advance(18 * 60 + 1)
    expect((await ticket(wang, 't-0005')).overdue).toBe(true)
  })
})

describe('POST /tickets/:id/urge', () => {
  it('urges a dispatched ticket once, then refuses for 24 hours with Retry-After', async () => {
    const { wang } = await setup()
    const res = await wang.call(api.urgeTicket, { params: { id: 't-0004' } })
    expect(res.status).toBe(200)
    const urged = expectOk(res)
    expect(urged.timeline.at(-1)).toMatchObject({
      kind: 'urged',
      status: 'dispatched',
      actor: { role: 'resident' },
    })
    expect(urged).toMatchObject({ can: { urge: false }, urgeAvailableAt: formatIso(T0 + 24 * HOUR) })
    const again = await wang.call(api.urgeTicket, { params: { id: 't-0004' } })
    expect(refusal(again)).toEqual([429, 'RATE_LIMITED', '24 小时内只能催办一次，请 24 小时后再试'])
    expect(again.headers['retry-after']).toBe(String(24 * 3600))
    expect(expectError(again).error.retryAfterSeconds).toBe(24 * 3600)
  })

  it('refuses the seeded ticket urged 5 hours ago, with the hours left', async () => {
    const { wang } = await setup()
    const before = await ticket(wang, 't-0005')
    expect(before.urgeAvailableAt).toBe(formatIso(T0 + 19 * HOUR))
    const res = await wang.call(api.urgeTicket, { params: { id: 't-0005' } })
    expect(refusal(res)).toEqual([429, 'RATE_LIMITED', '24 小时内只能催办一次，请 19 小时后再试'])
    expect(res.headers['retry-after']).toBe(String(19 * 3600))
    expect((await ticket(wang, 't-0005')).timeline).toHaveLength(before.timeline.length)
  })

  it('is for the reporter only, and only while dispatched or processing', async () => {
    const { wang, zhang } = await setup()
    const urge = async (who: Client, id: string) =>
      refusal(await who.call(api.urgeTicket, { params: { id } }))
    expect([await urge(zhang, 't-0004'), await urge(wang, 't-0003')]).toEqual([
      [403, 'FORBIDDEN', '只有上报人本人可以催办'],
      [409, 'ILLEGAL_TRANSITION', '只有已派单或处理中的问题可以催办'],
    ])
  })
})

describe('POST /tickets/:id/rating', () => {
  it('closes a resolved ticket with a rated event, once, and tells the points hook', async () => {
    const { wang, backend } = await setup()
    const onRated = jest.spyOn(hooks, 'onRated')
    const res = await wang.call(api.rateTicket, {
      params: { id: 't-0006' },
      body: { stars: 4, comment: '修得挺快' },
    })
    const rated = expectOk(res)
    expect(rated).toMatchObject({ status: 'closed', rating: { stars: 4, comment: '修得挺快' } })
    expect(rated.timeline.at(-1)).toMatchObject({ kind: 'rated', status: 'closed', note: '修得挺快' })
    expect(rated.can).toEqual({ urge: false, rate: false, reopen: true, support: false })
    expect(onRated).toHaveBeenCalledTimes(1)
    expect(onRated.mock.calls[0][0]).toMatchObject({
      store: backend.store,
      ticket: { id: 't-0006', status: 'closed' },
    })
    const again = await wang.call(api.rateTicket, { params: { id: 't-0006' }, body: { stars: 5 } })
    expect(refusal(again)).toEqual([409, 'ILLEGAL_TRANSITION', '这个问题已经评价过了'])
    expect(onRated).toHaveBeenCalledTimes(1)
  })

  it('refuses others, tickets not yet resolved, and stars out of range', async () => {
    const { wang, zhang } = await setup()
    expect(
      refusal(await zhang.call(api.rateTicket, { params: { id: 't-0006' }, body: { stars: 5 } })),
    ).toEqual([403, 'FORBIDDEN', '只有上报人本人可以评价'])
    expect(
      refusal(await wang.call(api.rateTicket, { params: { id: 't-0005' }, body: { stars: 5 } })),
    ).toEqual([409, 'ILLEGAL_TRANSITION', '只有已办结的问题可以评价'])
    const bad = await wang.call(api.rateTicket, { params: { id: 't-0006' }, body: { stars: 6 } })
    expect(expectError(bad).error.fields).toEqual({ stars: '请选择 1 到 5 颗星' })
  })
})

describe('POST /tickets/:id/reopen', () => {
  it('sends a resolved or rated ticket back to accepted within 7 days of resolution', async () => {
    const { wang } = await setup()
    const res = await wang.call(api.reopenTicket, {
      params: { id: 't-0007' },
      body: { reason: '小广告又贴满了，没有清理干净' },
    })
    const reopened = expectOk(res)
    expect(reopened).toMatchObject({ status: 'accepted', resolvedAt: null, deadline: null })
    expect(reopened.timeline.at(-1)).toMatchObject({
      kind: 'reopened',
      status: 'accepted',
      note: '小广告又贴满了，没有清理干净',
    })
    await wang.call(api.rateTicket, { params: { id: 't-0006' }, body: { stars: 1, comment: '没修好' } })
    expect(
      expectOk(
        await wang.call(api.reopenTicket, {
          params: { id: 't-0006' },
          body: { reason: '井盖还是晃，没修好' },
        }),
      ).status,
    ).toBe('accepted')
  })

  it('refuses after 7 days, for others, and for tickets never resolved', async () => {
    const { wang, zhang } = await setup()
    const late = await wang.call(api.reopenTicket, {
      params: { id: 't-0008' },
      body: { reason: '摊贩又回来了，人行道又堵了' },
    })
    expect(refusal(late)).toEqual([409, 'ILLEGAL_TRANSITION', '办结已超过 7 天，不能再申请重新处理'])
    expect(
      refusal(
        await zhang.call(api.reopenTicket, { params: { id: 't-0007' }, body: { reason: '还是没有处理好' } }),
      ),
    ).toEqual([403, 'FORBIDDEN', '只有上报人本人可以申请重新处理'])
    expect(
      refusal(
        await wang.call(api.reopenTicket, { params: { id: 't-0003' }, body: { reason: '还是没有处理好' } }),
      )[1],
    ).toBe('ILLEGAL_TRANSITION')
  })

  it('closes a resolved ticket by itself 7 days after resolution, as the clock moves', async () => {
    const { backend, wang } = await setup()
    backend.clock.advance(2 * 24 * 60 + 1)
    const closed = await ticket(wang, 't-0007')
    expect(closed).toMatchObject({ status: 'closed', rating: null, can: { rate: false, reopen: false } })
    expect(closed.timeline.at(-1)).toMatchObject({ kind: 'closed', actor: { role: 'system', name: null } })
    expect(closed.timeline.at(-1)?.at).toBe(formatIso(T0 - 120 * HOUR + 7 * 24 * HOUR))
    const late = await wang.call(api.reopenTicket, {
      params: { id: 't-0007' },
      body: { reason: '小广告又贴满了，没有清理干净' },
    })
    expect(refusal(late)[2]).toBe('办结已超过 7 天，不能再申请重新处理')
  })
})

describe('POST /tickets/:id/support', () => {
  it('adds me once to an open ticket of someone else, which then shows under 我关注的', async () => {
    const { wang } = await setup()
    const before = await ticket(wang, 't-0015')
    const res = await wang.call(api.supportTicket, { params: { id: 't-0015' } })
    const supported = expectOk(res)
    expect(supported).toMatchObject({
      supportedByMe: true,
      supportCount: before.supportCount + 1,
      status: 'accepted',
    })
    expect(supported.timeline.at(-1)).toMatchObject({
      kind: 'supported',
      actor: { role: 'resident', name: '王**' },
    })
    expect(supported.can.support).toBe(false)
    const following = await wang.call(api.listTickets, { query: { scope: 'following', limit: '50' } })
    const ids = expectOk(following).items.map((t) => t.id)
    expect(ids).toContain('t-0015')
    expect(refusal(await wang.call(api.supportTicket, { params: { id: 't-0015' } }))).toEqual([
      409,
      'CONFLICT',
      '您已经点过“我也遇到”',
    ])
  })

  it('refuses my own ticket and tickets no longer open', async () => {
    const { wang, zhang } = await setup()
    const support = async (who: Client, id: string) =>
      refusal(await who.call(api.supportTicket, { params: { id } }))
    expect(await support(wang, 't-0001')).toEqual([409, 'CONFLICT', '这是您自己上报的问题'])
    expect((await support(zhang, 't-0008')).slice(0, 2)).toEqual([409, 'ILLEGAL_TRANSITION'])
  })
})

describe('the points hooks', () => {
  it('hear an accepted report through commands.perform (the workbench’s way in)', async () => {
    const { backend } = await setup()
    const onAccepted = jest.spyOn(hooks, 'onReportAccepted')
    const next = perform(
      backend.store,
      't-0001',
      { type: 'accept' },
      gridActor('g-chuangye-lu-1'),
      backend.clock.now(),
    )
    expect(next.status).toBe('accepted')
    expect(onAccepted).toHaveBeenCalledWith(expect.objectContaining({ ticket: next }))
  })
})

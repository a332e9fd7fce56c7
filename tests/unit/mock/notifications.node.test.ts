import { api } from '../../../src/contract'
import { notify } from '../../../mock/notifications/service'
import { expectOk, T0 } from './helpers'
import { signIn, signInAll } from './ticket-helpers'
import { HOUR, inbox, refusal, unread } from './workbench-helpers'

const setup = () => signInAll({ wang: 'u-resident-1', zhang: 'u-resident-2' })

describe('the seeded message centre of u-resident-1', () => {
  it('tells her what happened to her tickets this month, newest first, the last 36 hours unread', async () => {
    const { wang } = await setup()
    const messages = await inbox(wang)
    expect(messages.length).toBeGreaterThan(15)
    const times = messages.map((m) => Date.parse(m.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(messages.filter((m) => !m.read).map((m) => [m.ticketId, m.title])).toEqual([
      ['t-0005', '正在处理'],
      ['t-0010', '上报已合并'],
      ['t-0012', '已派单'],
      ['t-0005', '已派单'],
    ])
    expect(await unread(wang)).toBe(4)
    for (const m of messages) {
      expect(m.kind).toBe('ticket')
      // every message links to one of her tickets, which she can open
      const ticket = await wang.call(api.getTicket, { params: { id: String(m.ticketId) } })
      expect([m.ticketId, ticket.status, ticket.ok && ticket.body.mine]).toEqual([m.ticketId, 200, true])
    }
    expect(messages.find((m) => m.ticketId === 't-0012' && !m.read)?.body).toBe(
      '您上报的「管道老化」已派给 燃气公司，承诺 11月30日 03:00 前办结。',
    )
  })

  it('pages with a cursor that survives new messages arriving at the top', async () => {
    const { backend, wang } = await setup()
    const all = await inbox(wang)
    const first = await wang.call(api.listNotifications, { query: { limit: '5' } })
    const page1 = expectOk(first)
    expect(page1.items.map((m) => m.id)).toEqual(all.slice(0, 5).map((m) => m.id))
    notify(backend.store, 'u-resident-1', { kind: 'points', title: '积分到账', body: '获得 5 积分', at: T0 })
    const second = await wang.call(api.listNotifications, {
      query: { limit: '5', cursor: String(page1.nextCursor) },
    })
    expect(expectOk(second).items.map((m) => m.id)).toEqual(all.slice(5, 10).map((m) => m.id))
    expect(refusal(await wang.call(api.listNotifications, { query: { cursor: 'x' } }))[2]).toBe(
      '列表已过期，请下拉刷新',
    )
  })
})

describe('unread count and marking read', () => {
  it('marks one message read, then all; the answer is the unread count left', async () => {
    const { wang } = await setup()
    const [newest] = await inbox(wang)
    const one = await wang.call(api.markNotificationsRead, { body: { ids: [newest.id] } })
    expect([one.status, expectOk(one)]).toEqual([200, { count: 3 }])
    expect((await inbox(wang))[0]).toMatchObject({ id: newest.id, read: true })
    // again: nothing changes
    expect(expectOk(await wang.call(api.markNotificationsRead, { body: { ids: [newest.id] } }))).toEqual({
      count: 3,
    })
    expect(expectOk(await wang.call(api.markNotificationsRead, { body: { all: true } }))).toEqual({
      count: 0,
    })
    expect(await unread(wang)).toBe(0)
    expect((await inbox(wang)).every((m) => m.read)).toBe(true)
  })

  it('never shows or touches anyone else’s messages', async () => {
    const { wang, zhang } = await setup()
    const hers = await inbox(wang)
    const his = await inbox(zhang)
    expect(his.map((m) => m.id)).not.toEqual(expect.arrayContaining([hers[0].id]))
    const before = await unread(wang)
    expect(
      (await zhang.call(api.markNotificationsRead, { body: { ids: hers.map((m) => m.id).slice(0, 50) } }))
        .status,
    ).toBe(200)
    expect(expectOk(await zhang.call(api.markNotificationsRead, { body: { all: true } }))).toEqual({
      count: 0,
    })
    expect(await unread(wang)).toBe(before)
  })

  it('asks for ids or all', async () => {
    const { wang } = await setup()
    for (const body of [{}, { ids: [] }, { all: false }, { ids: ['n-0001'], all: true }]) {
      const res = await wang.post('/notifications/read', body)
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400])
    }
  })

  it('counts new messages from the workbench, the points they earn and notify()', async () => {
    const { backend, wang } = await setup()
    const zhao = await signIn(backend, 'u-grid-1')
    await wang.call(api.markNotificationsRead, { body: { all: true } })
    await zhao.call(api.acceptTicket, { params: { id: 't-0001' } })
    await zhao.call(api.rejectTicket, { params: { id: 't-0002' }, body: { reason: '经核实已清运' } })
    notify(backend.store, 'u-resident-1', {
      kind: 'system',
      title: '系统维护',
      body: '今晚维护。',
      at: T0 + HOUR,
    })
    expect(await unread(wang)).toBe(4)
    const [system, rejected, points, accepted] = await inbox(wang)
    expect(system).toMatchObject({ kind: 'system', ticketId: null, activityId: null, voucherId: null })
    expect(points).toMatchObject({ kind: 'points', title: '积分到账', ticketId: null, read: false })
    expect([rejected.ticketId, accepted.ticketId]).toEqual(['t-0002', 't-0001'])
  })
})

import { api } from '../../../src/contract'
import { formatIso } from '../../../mock/clock'
import { T0 } from './helpers'
import { signIn, signInAll, type Client } from './ticket-helpers'
import {
  GRID1_DISPATCHED,
  GRID1_OVERDUE,
  GRID1_PENDING,
  HOUR,
  queuePage,
  refusal,
  summary,
  wholeQueue,
  workbenchTicket,
} from './workbench-helpers'

const setup = () => signInAll({ zhao: 'u-grid-1', sun: 'u-grid-2' })

const ids = (items: { id: string }[]) => items.map((t) => t.id)

const ACTIONS = ['accept', 'reject', 'merge', 'dispatch', 'resolve'] as const

/** The `can` flags of these five actions: the `allowed` ones true, the others false. */
const only = (...allowed: (typeof ACTIONS)[number][]) =>
  Object.fromEntries(ACTIONS.map((action) => [action, allowed.includes(action)]))

describe('GET /workbench/summary', () => {
  it('counts the grid’s pending, dispatched and overdue tickets for the entry badge', async () => {
    const { zhao, sun } = await setup()
    expect(await summary(zhao)).toEqual({
      pending: GRID1_PENDING.length,
      dispatched: GRID1_DISPATCHED.length,
      overdue: GRID1_OVERDUE.length,
    })
    expect(await summary(sun)).toEqual({ pending: 2, dispatched: 1, overdue: 1 })
  })
})

describe('GET /workbench/tickets', () => {
  it('puts tickets needing attention first (overdue, 受理超时, 催办, 重办), then the newest, and only the worker’s own grid', async () => {
    const { zhao, backend } = await setup()
    const all = await wholeQueue(zhao, 'all', '50')
    expect(ids(all).slice(0, 8)).toEqual([
      't-0001', // waiting to be accepted past the 2-hour limit
      't-0002', // the same, reported earlier
      't-0013', // overdue
      't-0005', // urged
      't-0004', // overdue
      't-0012', // urged
      't-0029', // reported within the last 2 hours: not late yet
      't-0015',
    ])
    const inGrid = backend.store.state.tickets.filter((t) => t.gridId === 'g-chuangye-lu-1')
    expect(ids(all).sort()).toEqual(ids(inGrid).sort())
    const flagged = (t: (typeof all)[number]) =>
      t.overdue ||
      t.acceptLate ||
      t.reopened ||
      (t.urgeCount > 0 && ['dispatched', 'processing', 'accepted', 'submitted'].includes(t.status))
    const attention = all.filter(flagged).length
    expect(all.slice(0, attention).every(flagged)).toBe(true)
    expect(all.slice(attention).some(flagged)).toBe(false)
    for (const part of [all.slice(0, attention), all.slice(attention)]) {
      const times = part.map((t) => Date.parse(t.createdAt))
      expect(times).toEqual([...times].sort((a, b) => b - a))
    }
  })

  it('filters 待处理 / 已派单 / 超期 / 全部', async () => {
    const { zhao } = await setup()
    // 待处理: late ones first, then oldest first (first come, first served)
    expect(ids(await wholeQueue(zhao, 'pending'))).toEqual(['t-0002', 't-0001', 't-0003', 't-0015', 't-0029'])
    expect(ids(await wholeQueue(zhao, 'dispatched'))).toEqual(['t-0013', 't-0005', 't-0004', 't-0012'])
    expect(ids(await wholeQueue(zhao, 'overdue'))).toEqual(GRID1_OVERDUE.slice().reverse())
    expect(ids((await queuePage(zhao, { limit: '50' })).items)).toEqual(ids(await wholeQueue(zhao, 'all')))
  })

  it('pages with a cursor: small pages add up to the whole list, without repeats', async () => {
    const { zhao } = await setup()
    const whole = ids(await wholeQueue(zhao, 'all', '50'))
    for (const limit of ['1', '2', '7']) expect(ids(await wholeQueue(zhao, 'all', limit))).toEqual(whole)
    const first = await queuePage(zhao, { limit: '2' })
    expect(first.nextCursor).not.toBeNull()
    const bad = await zhao.call(api.workbenchTickets, { query: { cursor: 'nonsense' } })
    expect(refusal(bad)).toEqual([400, 'VALIDATION_FAILED', '列表已过期，请下拉刷新'])
    const badFilter = await zhao.get('/workbench/tickets', { filter: 'mine' })
    expect(badFilter.status).toBe(400)
  })

  it('moves a ticket up when it turns overdue as the clock advances', async () => {
    const { zhao, backend } = await setup()
    backend.clock.advance(18 * 60 + 1) // t-0005's deadline was 18 h away
    expect(ids(await wholeQueue(zhao, 'overdue'))).toEqual(['t-0013', 't-0005', 't-0004'])
    expect((await summary(zhao)).overdue).toBe(3)
  })

  it('shows the grid worker how often and when the reporter urged', async () => {
    const { zhao, backend } = await setup()
    const wang = await signIn(backend, 'u-resident-1')
    const before = (await wholeQueue(zhao, 'dispatched')).find((t) => t.id === 't-0005')
    expect(before).toMatchObject({ urgeCount: 1, lastUrgedAt: formatIso(T0 - 5 * HOUR) })
    expect((await wholeQueue(zhao, 'overdue'))[1]).toMatchObject({
      id: 't-0004',
      urgeCount: 0,
      lastUrgedAt: null,
    })
    backend.clock.advance(10)
    expect((await wang.call(api.urgeTicket, { params: { id: 't-0004' } })).status).toBe(200)
    const after = await workbenchTicket(zhao, 't-0004')
    expect(after).toMatchObject({ urgeCount: 1, lastUrgedAt: formatIso(T0 + 10 * 60_000) })
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'urged', actor: { role: 'resident' } })
  })

  it('is for grid workers only: residents and merchants are refused', async () => {
    const { backend } = await setup()
    for (const userId of ['u-resident-1', 'u-merchant-1', 'u-merchant-2']) {
      const client = await signIn(backend, userId)
      const answers = [
        await client.call(api.workbenchTickets),
        await client.call(api.workbenchSummary),
        await client.call(api.workbenchTicket, { params: { id: 't-0001' } }),
      ]
      for (const answer of answers)
        expect(refusal(answer)).toEqual([403, 'FORBIDDEN', '您没有权限进行此操作'])
    }
  })
})

describe('GET /workbench/tickets/:id', () => {
  it('says what the worker may do, with a dispatch preview once accepted', async () => {
    const { zhao } = await setup()
    const fresh = await workbenchTicket(zhao, 't-0029')
    expect(fresh).toMatchObject({
      status: 'submitted',
      gridName: '创业路社区第一网格',
      dispatchPreview: null,
      can: only('accept', 'reject', 'merge'),
    })
    // nothing open within 200 m: nothing to merge into
    expect((await workbenchTicket(zhao, 't-0002')).can.merge).toBe(false)
    const accepted = await workbenchTicket(zhao, 't-0003')
    expect(accepted.can).toMatchObject(only('dispatch', 'resolve'))
    expect(accepted.dispatchPreview).toEqual({
      departmentId: 'd-shizheng',
      departmentName: '区市政工程中心',
      slaHours: 72,
      deadline: formatIso(T0 + 72 * HOUR),
    })
    const working = await workbenchTicket(zhao, 't-0004')
    expect(working.can).toMatchObject(only())
    expect(working).toMatchObject({ overdue: true, departmentName: '自来水公司', dispatchPreview: null })
  })

  it('refuses another grid’s ticket in plain words, and an unknown one with 404', async () => {
    const { zhao, sun } = await setup()
    const open = async (who: Client, id: string) =>
      refusal(await who.call(api.workbenchTicket, { params: { id } }))
    expect([await open(sun, 't-0001'), await open(zhao, 't-9999')]).toEqual([
      [403, 'FORBIDDEN', '这个问题不在您负责的网格'],
      [404, 'NOT_FOUND', '没有找到这个问题'],
    ])
    expect(refusal(await sun.call(api.mergeCandidates, { params: { id: 't-0029' } }))[2]).toBe(
      '这个问题不在您负责的网格',
    )
    expect((await open(zhao, 't-0017'))[0]).toBe(403)
  })

  it('keeps an anonymous reporter anonymous to the grid worker too', async () => {
    const { zhao } = await setup()
    const anonymous = await workbenchTicket(zhao, 't-0002')
    expect(anonymous.reporter).toBeNull()
    expect(anonymous.timeline[0].actor.name).toBeNull()
    expect(JSON.stringify(anonymous)).not.toContain('9988')
  })
})

import { api, TicketStatus } from '../../../src/contract'
import { formatIso } from '../../../mock/clock'
import { DEPARTMENT_TIMING, runsLate } from '../../../mock/department/timing'
import { memoryStorage } from '../../../mock/persistence'
import { callerFor, expectOk, T0, testBackend } from './helpers'
import { fileReport, signIn, signInAll } from './ticket-helpers'
import { HOUR, inbox, MINUTE, wholeQueue, workbenchTicket } from './workbench-helpers'

const { startAfterMinutes, onTimeShareOfSla, lateByHours } = DEPARTMENT_TIMING

async function setup(storage = memoryStorage()) {
  const people = await signInAll({ zhao: 'u-grid-1', wang: 'u-resident-1' }, testBackend({ storage }))
  return { ...people, storage }
}

/** Moves the mock clock to T0 + ms. */
function moveTo(backend: ReturnType<typeof testBackend>, ms: number) {
  backend.clock.advance((T0 + ms - backend.clock.now()) / MINUTE)
}

describe('the simulated department', () => {
  it('picks a dispatched ticket up, then resolves it with a note and a photo, as the clock moves', async () => {
    const { backend, zhao, wang } = await setup()
    expect(runsLate('t-0003')).toBe(false)
    expect((await zhao.call(api.dispatchTicket, { params: { id: 't-0003' }, body: {} })).status).toBe(200)
    moveTo(backend, (startAfterMinutes - 1) * MINUTE)
    expect((await workbenchTicket(zhao, 't-0003')).status).toBe('dispatched')
    moveTo(backend, startAfterMinutes * MINUTE)
    const started = await workbenchTicket(zhao, 't-0003')
    expect(started.status).toBe('processing')
    expect(started.timeline.at(-1)).toMatchObject({
      kind: 'processing',
      at: formatIso(T0 + startAfterMinutes * MINUTE),
      actor: { role: 'department', name: '区市政工程中心' },
    })
    expect((await inbox(wang))[0]).toMatchObject({
      title: '正在处理',
      body: '区市政工程中心已经开始处理您上报的「路面坑洼」。',
      ticketId: 't-0003',
    })

    const resolveAt = T0 + 72 * HOUR * onTimeShareOfSla
    moveTo(backend, resolveAt - T0 - MINUTE)
    expect((await workbenchTicket(zhao, 't-0003')).status).toBe('processing')
    moveTo(backend, resolveAt - T0 + 5 * HOUR)
    const done = expectOk(await wang.call(api.getTicket, { params: { id: 't-0003' } }))
    expect(done).toMatchObject({ status: 'resolved', resolvedAt: formatIso(resolveAt), overdue: false })
    const event = done.timeline.at(-1)
    expect(event).toMatchObject({ kind: 'resolved', note: '已安排维修班组到场处理，现已修复' })
    expect(decodeURIComponent(event?.photos[0].url ?? '')).toMatch(/^data:image\/svg\+xml.*已处理 · 路面坑洼/)
    expect(done.can).toMatchObject({ rate: true, reopen: true })
    const [message] = (await inbox(wang)).filter((m) => m.ticketId === 't-0003')
    expect(message).toMatchObject({ title: '已办结', at: formatIso(resolveAt), read: false })
    expect(message.body).toBe(
      '您上报的「路面坑洼」已处理完成：已安排维修班组到场处理，现已修复。请看看处理结果，满意的话给个评价吧。',
    )
    expect(backend.store.state.department.jobs).toEqual([])
  })

  it('runs late on every fifth ticket on purpose: 超期 and 催办 have something to show', async () => {
    const { backend, zhao } = await setup()
    const liu = await signIn(backend, 'u-merchant-1') // t-0015 is his; u-resident-3 follows it
    const li = await signIn(backend, 'u-resident-3')
    expect(runsLate('t-0015')).toBe(true)
    await zhao.call(api.dispatchTicket, { params: { id: 't-0015' }, body: {} })
    const deadline = T0 + 12 * HOUR
    moveTo(backend, 12 * HOUR + MINUTE)
    const overdue = await wholeQueue(zhao, 'overdue')
    expect(overdue.map((t) => t.id)).toContain('t-0015')
    expect(overdue.find((t) => t.id === 't-0015')).toMatchObject({ status: 'processing', overdue: true })
    expect((await liu.call(api.urgeTicket, { params: { id: 't-0015' } })).status).toBe(200)
    expect(await workbenchTicket(zhao, 't-0015')).toMatchObject({
      urgeCount: 1,
      lastUrgedAt: formatIso(deadline + MINUTE),
    })

    moveTo(backend, 12 * HOUR + lateByHours * HOUR)
    const late = await workbenchTicket(zhao, 't-0015')
    expect(late).toMatchObject({
      status: 'resolved',
      overdue: false,
      resolvedAt: formatIso(deadline + lateByHours * HOUR),
    })
    expect(late.timeline.at(-1)?.note).toContain('办结晚于承诺时间')
    expect((await inbox(li))[0]).toMatchObject({ title: '已办结', ticketId: 't-0015' })
    expect((await inbox(li))[0].body).toMatch(/^您也遇到的「线杆倾斜断裂」已处理完成：/)
  })

  it('leaves the seeded stories as told: t-0004 stays overdue however far the clock moves', async () => {
    const { backend, zhao } = await setup()
    backend.clock.advance(6 * 24 * 60)
    expect(await workbenchTicket(zhao, 't-0004')).toMatchObject({ status: 'dispatched', overdue: true })
  })

  it('works lazily on read, unsaved, and the same again after a reload', async () => {
    const { backend, storage, zhao, wang } = await setup()
    await zhao.call(api.dispatchTicket, { params: { id: 't-0003' }, body: {} })
    backend.clock.advance(3 * 24 * 60)
    const seen = await wang.call(api.getTicket, { params: { id: 't-0003' } })
    const messages = await inbox(wang)
    expect(expectOk(seen)).toMatchObject({ status: 'resolved' })
    const reloaded = callerFor(testBackend({ storage }), () => wang.token)
    expect(expectOk(await reloaded(api.getTicket, { params: { id: 't-0003' } }))).toEqual(expectOk(seen))
    expect(await inbox({ call: reloaded })).toEqual(messages)
  })

  it('takes a new report from the workbench to 已归档, every step in the reporter’s messages', async () => {
    const { backend, zhao, wang: reporter } = await setup()
    const id = await fileReport(reporter)
    await zhao.call(api.acceptTicket, { params: { id } })
    await zhao.call(api.dispatchTicket, { params: { id }, body: {} })
    // on time or late (deadline + 12 h = 2.5 days), resolved and then closed 7 days later
    backend.clock.advance(10 * 24 * 60)
    const wang = await signIn(backend, 'u-resident-1') // a week on, the old token has expired
    const t = expectOk(await wang.call(api.getTicket, { params: { id } }))
    // every status of the lifecycle, in its order, up to closed
    const lifecycle = TicketStatus.options.slice(0, TicketStatus.options.indexOf('closed') + 1)
    expect(t.timeline.map((e) => e.kind)).toEqual(lifecycle)
    const mine = (await inbox(wang)).filter((m) => m.ticketId === id)
    expect(mine.map((m) => m.title)).toEqual(['已归档', '已办结', '正在处理', '已派单', '上报已受理'])
    expect(mine[3].body).toBe('您上报的「路灯损坏」已派给 区市政工程中心，承诺 11月30日 09:00 前办结。')
  })
})

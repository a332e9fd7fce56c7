import fc from 'fast-check'
import { api } from '../../../src/contract'
import { expectError, expectOk, T0, testBackend } from './helpers'
import { signIn, fileReport, signInAll } from './ticket-helpers'
import { HOUR, inbox, MINUTE, refusal, workbenchTicket, GRID_DAY } from './workbench-helpers'

/** A grid worker's day: the queue's flags, the call button's number, 改派, 督办, batches, messages. */

const setup = () => signInAll(GRID_DAY)

type Backend = ReturnType<typeof testBackend>
const at = (backend: Backend, ms: number) => backend.clock.advance((T0 + ms - backend.clock.now()) / MINUTE)

describe('queue flags', () => {
  it('flags a report waiting past the 2-hour 受理时限 and clears the flag once accepted', async () => {
    const { backend, zhao, wang } = await setup()
    const id = await fileReport(wang)
    const fresh = await workbenchTicket(zhao, id)
    expect(fresh).toMatchObject({ acceptLate: false, acceptBy: '2026-11-28T11:00:00+08:00' })
    at(backend, 2 * HOUR + MINUTE)
    expect(await workbenchTicket(zhao, id)).toMatchObject({ acceptLate: true })
    const accepted = expectOk(await zhao.call(api.acceptTicket, { params: { id } }))
    expect(accepted).toMatchObject({ acceptLate: false, acceptBy: null })
  })

  it('shows department, 超期 N 小时 and 催办 count on the queue line', async () => {
    const { zhao } = await setup()
    const page = expectOk(
      await zhao.call(api.workbenchTickets, { query: { filter: 'overdue', limit: '50' } }),
    )
    for (const item of page.items) {
      expect(item.departmentName).toEqual(expect.any(String))
      expect(item.overdueHours).toBeGreaterThanOrEqual(0)
      expect(item.overdueHours).toBe(Math.floor((T0 - Date.parse(item.deadline ?? '')) / HOUR))
    }
  })
})

describe('the reporter’s number', () => {
  it('is in full for the grid’s worker, masked for a neighbour, absent for anonymous reports', async () => {
    const { zhao, wang, backend } = await setup()
    const id = await fileReport(wang, { contactPhone: '13607719988' })
    expect((await workbenchTicket(zhao, id)).reporterPhone).toBe('13607719988')
    const zhang = await signIn(backend, 'u-resident-2')
    const seen = expectOk(await zhang.call(api.getTicket, { params: { id } }))
    expect(JSON.stringify(seen)).not.toContain('13607719988')
    const anonymous = await fileReport(wang, { contactPhone: '13607719988', anonymous: true })
    expect((await workbenchTicket(zhao, anonymous)).reporterPhone).toBeNull()
  })
})

describe('POST /tickets/:id/recategorize (改派)', () => {
  it('changes the category of a dispatched ticket, and with it department and deadline, with the reason', async () => {
    const { backend, zhao } = await setup()
    expectOk(await zhao.call(api.dispatchTicket, { params: { id: 't-0003' }, body: {} }))
    at(backend, HOUR)
    const t = expectOk(
      await zhao.call(api.recategorizeTicket, {
        params: { id: 't-0003' },
        body: { categoryId: 'cat-water-leak', reason: '现场看是水管漏水' },
      }),
    )
    expect(t).toMatchObject({
      categoryId: 'cat-water-leak',
      categoryName: '水管漏水',
      departmentName: '自来水公司',
      deadline: '2026-11-29T10:00:00+08:00',
    })
    expect(t.timeline.at(-1)).toMatchObject({ kind: 'recategorized', actor: { role: 'grid_worker' } })
    expect(t.timeline.at(-1)?.note).toContain('改为「水管漏水」，改派至自来水公司。原因：现场看是水管漏水')
    // the new department's work replaces the old one's, from the moment of the 改派
    expect(backend.store.state.department.jobs.filter((j) => j.ticketId === 't-0003')).toEqual([
      expect.objectContaining({ departmentId: 'd-water', dispatchedAt: T0 + HOUR }),
    ])
  })

  it('refuses the same category, an unknown one and an ended ticket, changing nothing', async () => {
    const { zhao, backend } = await setup()
    const before = JSON.stringify(backend.store.state.tickets)
    const current = (await workbenchTicket(zhao, 't-0001')).categoryId
    const same = await zhao.call(api.recategorizeTicket, {
      params: { id: 't-0001' },
      body: { categoryId: current, reason: '试一试' },
    })
    expect(refusal(same)).toEqual([400, 'VALIDATION_FAILED', '和原来的分类一样，不用改派'])
    const unknown = await zhao.call(api.recategorizeTicket, {
      params: { id: 't-0001' },
      body: { categoryId: 'cg-road', reason: '试一试' },
    })
    expect(refusal(unknown)[2]).toBe('请选择具体的问题类别')
    const other = await zhao.call(api.recategorizeTicket, {
      params: { id: 't-0017' },
      body: { categoryId: 'cat-water-leak', reason: '试一试' },
    })
    expect(refusal(other)[0]).toBe(403)
    expect(JSON.stringify(backend.store.state.tickets)).toBe(before)
  })
})

describe('POST /tickets/:id/supervise (督办)', () => {
  it('is refused before the deadline, recorded after it, and the department hurries', async () => {
    const { backend, zhao, wang } = await setup()
    expectOk(await zhao.call(api.dispatchTicket, { params: { id: 't-0015' }, body: {} }))
    const early = await zhao.call(api.superviseTicket, { params: { id: 't-0015' }, body: {} })
    expect(refusal(early)).toEqual([409, 'ILLEGAL_TRANSITION', '还没有超过承诺时限，不用督办'])
    const t = await workbenchTicket(zhao, 't-0015')
    const deadline = Date.parse(t.deadline ?? '')
    // t-0015 runs late on purpose: past the deadline the worker hears of it
    at(backend, deadline - T0 + HOUR)
    const late = await workbenchTicket(zhao, 't-0015')
    expect(late).toMatchObject({ overdue: true, overdueHours: 1, can: { supervise: true } })
    expect((await inbox(zhao)).map((m) => m.title)).toContain('部门办理超期')
    const chased = expectOk(
      await zhao.call(api.superviseTicket, { params: { id: 't-0015' }, body: { note: '请今天办结' } }),
    )
    expect(chased.timeline.at(-1)).toMatchObject({
      kind: 'supervised',
      note: expect.stringContaining('请今天办结'),
    })
    expect(chased.can.supervise).toBe(false)
    const again = await zhao.call(api.superviseTicket, { params: { id: 't-0015' }, body: {} })
    expect(refusal(again)[0]).toBe(429)
    at(backend, deadline - T0 + 3 * HOUR + MINUTE)
    const done = await workbenchTicket(zhao, 't-0015')
    expect(done.status).toBe('resolved')
    expect(done.timeline.at(-1)?.note).toContain('收到网格员督办')
    void wang
  })
})

describe('messages for grid workers', () => {
  it('tells the grid’s worker of a new report and an urge; not another grid’s worker', async () => {
    const { zhao, sun, wang } = await setup()
    const before = (await inbox(sun)).length
    const id = await fileReport(wang)
    expect((await inbox(zhao))[0]).toMatchObject({ title: '网格内有新上报', ticketId: id, read: false })
    expectOk(await zhao.call(api.acceptTicket, { params: { id } }))
    expectOk(await zhao.call(api.dispatchTicket, { params: { id }, body: {} }))
    expectOk(await wang.call(api.urgeTicket, { params: { id } }))
    expect((await inbox(zhao))[0]).toMatchObject({ title: '居民催办', ticketId: id })
    expect(await inbox(sun)).toHaveLength(before)
  })
})

describe('POST /workbench/batch', () => {
  it('accepts several, refusing the ones that cannot be, each on its own', async () => {
    const { zhao } = await setup()
    const { results } = expectOk(
      await zhao.call(api.batchTickets, { body: { action: 'accept', ids: ['t-0001', 't-0003', 't-0017'] } }),
    )
    expect(results.map((r) => [r.id, r.ok, r.item?.status ?? r.error?.code])).toEqual([
      ['t-0001', true, 'accepted'],
      ['t-0003', false, 'ILLEGAL_TRANSITION'],
      ['t-0017', false, 'FORBIDDEN'],
    ])
  })

  it('refuses duplicates and empty batches as a whole', async () => {
    const { zhao } = await setup()
    const dup = await zhao.call(api.batchTickets, { body: { action: 'accept', ids: ['t-0001', 't-0001'] } })
    expect(refusal(dup)[0]).toBe(400)
    const empty = await zhao.call(api.batchTickets, { body: { action: 'accept', ids: [] } })
    expect(expectError(empty).error.code).toBe('VALIDATION_FAILED')
    const unknown = await zhao.call(api.batchTickets, {
      body: { action: 'accept', ids: ['t-0001', 't-9999'] },
    })
    expect(refusal(unknown)).toEqual([400, 'VALIDATION_FAILED', '没有找到这个问题，请刷新列表'])
    expect((await workbenchTicket(zhao, 't-0001')).status).toBe('submitted')
  })

  it('equals the same single actions, one by one (property)', async () => {
    const ids = ['t-0001', 't-0002', 't-0003', 't-0015', 't-0029', 't-0004', 't-0017']
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('accept' as const, 'dispatch' as const),
        fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 5 }),
        async (action, chosen) => {
          const a = await setup()
          const b = await setup()
          const batch = expectOk(
            await a.zhao.call(api.batchTickets, { body: { action, ids: chosen } }),
          ).results
          for (const [i, id] of chosen.entries()) {
            const single =
              action === 'accept'
                ? await b.zhao.call(api.acceptTicket, { params: { id } })
                : await b.zhao.call(api.dispatchTicket, { params: { id }, body: {} })
            expect(batch[i].ok).toBe(single.ok)
            if (!single.ok) expect(batch[i].error?.message).toBe(refusal(single)[2])
          }
          const strip = (backend: Backend) =>
            JSON.stringify({
              t: backend.store.state.tickets,
              n: backend.store.state.notifications.items,
              d: backend.store.state.department,
            })
          expect(strip(a.backend)).toBe(strip(b.backend))
        },
      ),
      { numRuns: 12 },
    )
  })
})

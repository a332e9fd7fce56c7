import { formatIso } from '../../../mock/clock'
import * as hooks from '../../../mock/tickets/hooks'
import { expectError, expectOk, T0, testBackend } from './helpers'
import { signIn, uploadedPhotoId, signInAll, type Client } from './ticket-helpers'
import { candidates, HOUR, inbox, refusal, GRID_DAY } from './workbench-helpers'
import { api } from '../../../src/contract'

const setup = () => signInAll(GRID_DAY)

type Backend = ReturnType<typeof testBackend>

/** The stored ticket as JSON: a refusal must leave it exactly as it was. */
const stored = (backend: Backend, id: string) =>
  JSON.stringify(backend.store.state.tickets.find((t) => t.id === id))

afterEach(() => jest.restoreAllMocks())

describe('POST /tickets/:id/accept', () => {
  it('accepts a submitted ticket, tells the reporter, and fires the points hook through perform', async () => {
    const { zhao, wang } = await setup()
    const onAccepted = jest.spyOn(hooks, 'onReportAccepted')
    const t = expectOk(await zhao.call(api.acceptTicket, { params: { id: 't-0001' } }))
    expect(t).toMatchObject({ status: 'accepted', can: { accept: false, dispatch: true, resolve: true } })
    expect(t.timeline.at(-1)).toMatchObject({
      kind: 'accepted',
      actor: { role: 'grid_worker', name: '赵**' },
    })
    expect(onAccepted).toHaveBeenCalledTimes(1)
    expect(onAccepted.mock.calls[0][0].ticket).toMatchObject({ id: 't-0001', status: 'accepted' })
    // the newest two: 上报已受理, then the 积分到账 it earned
    const [points, accepted] = await inbox(wang)
    expect(points).toMatchObject({ kind: 'points', title: '积分到账', at: formatIso(T0) })
    expect(accepted).toMatchObject({
      kind: 'ticket',
      title: '上报已受理',
      body: '您上报的「线杆倾斜断裂」已受理，网格员会尽快安排处理。',
      ticketId: 't-0001',
      read: false,
      at: formatIso(T0),
    })
  })

  it('refuses a second accept with ILLEGAL_TRANSITION and changes nothing', async () => {
    const { zhao, backend } = await setup()
    const onAccepted = jest.spyOn(hooks, 'onReportAccepted')
    const before = stored(backend, 't-0003')
    expect(refusal(await zhao.call(api.acceptTicket, { params: { id: 't-0003' } }))).toEqual([
      409,
      'ILLEGAL_TRANSITION',
      '只有待受理的问题可以受理',
    ])
    expect(stored(backend, 't-0003')).toBe(before)
    expect(onAccepted).not.toHaveBeenCalled()
  })

  it('refuses a grid worker of another grid, residents and merchants', async () => {
    const { sun, wang, backend } = await setup()
    const before = stored(backend, 't-0001')
    const accept = async (who: Client, id: string) =>
      refusal(await who.call(api.acceptTicket, { params: { id } }))
    expect([await accept(sun, 't-0001'), await accept(wang, 't-0001')]).toEqual([
      [403, 'FORBIDDEN', '这个问题不在您负责的网格'],
      [403, 'FORBIDDEN', '您没有权限进行此操作'],
    ])
    const liu = await signIn(backend, 'u-merchant-1')
    expect((await accept(liu, 't-0016'))[0]).toBe(403)
    expect(stored(backend, 't-0001')).toBe(before)
  })
})

describe('POST /tickets/:id/reject', () => {
  it('needs a reason, then rejects and tells the reporter why', async () => {
    const { zhao, wang, backend } = await setup()
    const before = stored(backend, 't-0002')
    const empty = await zhao.call(api.rejectTicket, { params: { id: 't-0002' }, body: { reason: ' ' } })
    expect([empty.status, expectError(empty).error.fields]).toEqual([400, { reason: '请填写不予受理的原因' }])
    expect(stored(backend, 't-0002')).toBe(before)
    const t = expectOk(
      await zhao.call(api.rejectTicket, {
        params: { id: 't-0002' },
        body: { reason: '经核实，垃圾已由物业清运' },
      }),
    )
    expect(t).toMatchObject({ status: 'rejected', can: { accept: false, reject: false } })
    expect(t.timeline.at(-1)).toMatchObject({ kind: 'rejected', note: '经核实，垃圾已由物业清运' })
    expect((await inbox(wang))[0]).toMatchObject({
      title: '上报未受理',
      body: '您上报的「垃圾堆放」没有受理。原因：经核实，垃圾已由物业清运。',
      ticketId: 't-0002',
    })
    expect(
      refusal(
        await zhao.call(api.rejectTicket, { params: { id: 't-0003' }, body: { reason: '重复上报' } }),
      )[1],
    ).toBe('ILLEGAL_TRANSITION')
  })
})

describe('merging a duplicate', () => {
  it('offers open tickets of the grid within 200 m, same category first, then nearest', async () => {
    const { zhao } = await setup()
    const found = await candidates(zhao, 't-0029')
    expect(found.map((c) => [c.id, c.sameCategory])).toEqual([
      ['t-0005', true],
      ['t-0012', false],
    ])
    expect(found[0].distanceMeters).toBeLessThan(25)
    for (const c of found) expect(c.distanceMeters).toBeLessThanOrEqual(200)
    expect(await candidates(zhao, 't-0002')).toEqual([])
  })

  it('merges into a candidate and tells the reporter; the merged ticket links to the other', async () => {
    const { zhao, backend } = await setup()
    const t = expectOk(
      await zhao.call(api.mergeTicket, { params: { id: 't-0029' }, body: { intoId: 't-0005' } }),
    )
    expect(t).toMatchObject({ status: 'merged', mergedIntoId: 't-0005' })
    const neighbour = backend.store.state.notifications.items.filter((m) => m.userId === 'u-neighbour-1')
    expect(neighbour.at(-1)).toMatchObject({ title: '上报已合并', ticketId: 't-0029' })
  })

  it('refuses a target that is not a candidate, unknown, or itself, changing nothing', async () => {
    const { zhao, backend } = await setup()
    const before = stored(backend, 't-0029')
    const cases: [string, [number, string, string]][] = [
      ['t-0013', [409, 'ILLEGAL_TRANSITION', '只能合并到本网格 200 米内还没办结的问题']], // 400 m away
      ['t-0007', [409, 'ILLEGAL_TRANSITION', '只能合并到本网格 200 米内还没办结的问题']], // resolved
      ['t-0017', [409, 'ILLEGAL_TRANSITION', '只能合并到本网格 200 米内还没办结的问题']], // other grid
      ['t-9999', [400, 'VALIDATION_FAILED', '没有找到要合并到的问题']],
      ['t-0029', [409, 'ILLEGAL_TRANSITION', '不能把问题合并到它自己']],
    ]
    for (const [intoId, expected] of cases)
      expect([
        intoId,
        refusal(await zhao.call(api.mergeTicket, { params: { id: 't-0029' }, body: { intoId } })),
      ]).toEqual([intoId, expected])
    expect(stored(backend, 't-0029')).toBe(before)
    // an accepted ticket is past merging
    expect(
      refusal(await zhao.call(api.mergeTicket, { params: { id: 't-0015' }, body: { intoId: 't-0012' } }))[2],
    ).toBe('只有待受理的问题可以合并')
  })
})

describe('POST /tickets/:id/dispatch', () => {
  it('sends it to the category’s department by default, with the deadline from the SLA', async () => {
    const { zhao, wang, backend } = await setup()
    backend.clock.advance(30)
    const now = T0 + 30 * 60_000
    const t = expectOk(await zhao.call(api.dispatchTicket, { params: { id: 't-0003' }, body: {} }))
    expect(t).toMatchObject({
      status: 'dispatched',
      departmentName: '区市政工程中心',
      slaHours: 72,
      deadline: formatIso(now + 72 * HOUR),
      overdue: false,
      dispatchPreview: null,
    })
    expect(t.timeline.at(-1)).toMatchObject({ kind: 'dispatched', note: '派单至区市政工程中心' })
    expect((await inbox(wang))[0]).toMatchObject({
      title: '已派单',
      body: '您上报的「路面坑洼」已派给 区市政工程中心，承诺 12月1日 09:30 前办结。',
      ticketId: 't-0003',
    })
  })

  it('takes another department when asked, and refuses an unknown one', async () => {
    const { zhao, backend } = await setup()
    const before = stored(backend, 't-0015')
    const unknown = await zhao.call(api.dispatchTicket, {
      params: { id: 't-0015' },
      body: { departmentId: 'd-nowhere' },
    })
    expect(refusal(unknown)).toEqual([400, 'VALIDATION_FAILED', '没有这个部门'])
    expect(stored(backend, 't-0015')).toBe(before)
    const t = expectOk(
      await zhao.call(api.dispatchTicket, {
        params: { id: 't-0015' },
        body: { departmentId: 'd-zhujian', note: '请住建局协调' },
      }),
    )
    expect(t).toMatchObject({ departmentName: '区住建局', deadline: formatIso(T0 + 12 * HOUR) })
    expect(t.timeline.at(-1)?.note).toBe('请住建局协调')
  })

  it('refuses a ticket not yet accepted, or already with a department', async () => {
    const { zhao } = await setup()
    expect(refusal(await zhao.call(api.dispatchTicket, { params: { id: 't-0001' }, body: {} }))).toEqual([
      409,
      'ILLEGAL_TRANSITION',
      '只有已受理的问题可以派单',
    ])
    expect(refusal(await zhao.call(api.dispatchTicket, { params: { id: 't-0004' }, body: {} }))[1]).toBe(
      'ILLEGAL_TRANSITION',
    )
  })
})

describe('POST /tickets/:id/resolve (现场办结)', () => {
  it('resolves an accepted ticket on the spot with a note and the worker’s own photo', async () => {
    const { zhao, wang } = await setup()
    const photo = await uploadedPhotoId(zhao)
    const t = expectOk(
      await zhao.call(api.resolveTicket, {
        params: { id: 't-0003' },
        body: { note: '已用沥青把坑填平', photos: [photo] },
      }),
    )
    expect(t).toMatchObject({ status: 'resolved', resolvedAt: formatIso(T0), deadline: null })
    expect(t.timeline.at(-1)).toMatchObject({
      kind: 'resolved',
      note: '已用沥青把坑填平',
      actor: { role: 'grid_worker' },
      photos: [
        { id: photo, url: expect.stringMatching(new RegExp(`^/mock-uploads/${photo}\\?exp=\\d+&sig=`)) },
      ],
    })
    const resident = await wang.call(api.getTicket, { params: { id: 't-0003' } })
    expect(expectOk(resident)).toMatchObject({ status: 'resolved', can: { rate: true, reopen: true } })
    expect((await inbox(wang))[0]).toMatchObject({
      title: '已办结',
      body: '您上报的「路面坑洼」已处理完成：已用沥青把坑填平。请看看处理结果，满意的话给个评价吧。',
    })
  })

  it('needs a note and at least one photo of the worker’s own, and an accepted ticket', async () => {
    const { zhao, wang, backend } = await setup()
    const before = stored(backend, 't-0003')
    const none = await zhao.call(api.resolveTicket, {
      params: { id: 't-0003' },
      body: { note: '已处理', photos: [] },
    })
    expect(refusal(none)).toEqual([400, 'VALIDATION_FAILED', '请至少拍一张处理后的照片'])
    const theirs = await uploadedPhotoId(wang)
    const foreign = await zhao.call(api.resolveTicket, {
      params: { id: 't-0003' },
      body: { note: '已处理', photos: [theirs] },
    })
    expect(refusal(foreign)).toEqual([400, 'VALIDATION_FAILED', '这张照片已失效，请删除后重新添加'])
    const mine = await uploadedPhotoId(zhao)
    const noNote = await zhao.call(api.resolveTicket, {
      params: { id: 't-0003' },
      body: { note: '', photos: [mine] },
    })
    expect(refusal(noNote)[2]).toBe('请填写处理结果')
    expect(stored(backend, 't-0003')).toBe(before)
    const submitted = await zhao.call(api.resolveTicket, {
      params: { id: 't-0001' },
      body: { note: '已处理', photos: [mine] },
    })
    expect(refusal(submitted)).toEqual([409, 'ILLEGAL_TRANSITION', '只有已受理、还没派单的问题可以现场办结'])
    // the grid comes first: another grid's worker learns nothing about the photos
    const sun = await signIn(backend, 'u-grid-2')
    expect(
      refusal(
        await sun.call(api.resolveTicket, {
          params: { id: 't-0003' },
          body: { note: '已处理', photos: [mine] },
        }),
      )[0],
    ).toBe(403)
  })
})

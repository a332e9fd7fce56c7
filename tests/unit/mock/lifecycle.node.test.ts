import { apply, replay } from '../../../mock/tickets/lifecycle'
import { DAY_MS, HOUR_MS, isOverdue } from '../../../mock/tickets/rules'
import { ACTION_TYPES, TRANSITIONS, type ActionType } from '../../../mock/tickets/transitions'
import {
  ALL_ACTORS,
  ALL_STATUSES,
  DEPARTMENT,
  GRID,
  OTHER_DEPARTMENT,
  OTHER_GRID,
  OTHER_RESIDENT,
  PARTY_ACTOR,
  REPORTER,
  refusal,
  sampleAction,
  SYSTEM,
  ticketIn,
} from './lifecycle-fixtures'

/**
 * When an action is tried: right after the last step, except the time-driven auto-close and
 * 督办, which needs the 12-hour deadline of the fixture's category passed.
 */
function whenFor(type: ActionType, at: number, resolvedAt: number | null): number {
  if (type === 'supervise') return at + 13 * HOUR_MS
  return type === 'autoClose' && resolvedAt !== null ? resolvedAt + 7 * DAY_MS : at + HOUR_MS
}

const LEGAL = ACTION_TYPES.flatMap((type) => TRANSITIONS[type].from.map((from) => [type, from] as const))
const ILLEGAL = ACTION_TYPES.flatMap((type) =>
  ALL_STATUSES.filter((s) => !TRANSITIONS[type].from.includes(s)).map((from) => [type, from] as const),
)

describe('ticket lifecycle: the transition table', () => {
  it('matches DESIGN.md', () => {
    const table = Object.fromEntries(
      ACTION_TYPES.map((t) => [t, [TRANSITIONS[t].from.join('|'), TRANSITIONS[t].to]]),
    )
    expect(table).toEqual({
      accept: ['submitted', 'accepted'],
      reject: ['submitted', 'rejected'],
      merge: ['submitted', 'merged'],
      dispatch: ['accepted', 'dispatched'],
      resolveOnSpot: ['accepted', 'resolved'],
      start: ['dispatched', 'processing'],
      resolve: ['processing', 'resolved'],
      urge: ['dispatched|processing', null],
      rate: ['resolved', 'closed'],
      reopen: ['resolved|closed', 'accepted'],
      support: ['submitted|accepted|dispatched|processing', null],
      addPhotos: ['submitted|accepted|dispatched|processing', null],
      autoClose: ['resolved', 'closed'],
      recategorize: ['submitted|accepted|dispatched|processing', null],
      supervise: ['dispatched|processing', null],
    })
  })

  it.each(LEGAL)('%s from %s by the right party: new status, one event, replays', (type, from) => {
    const { ticket, at } = ticketIn(from)
    const now = whenFor(type, at, ticket.resolvedAt)
    const rule = TRANSITIONS[type]
    const next = apply(ticket, sampleAction(type), PARTY_ACTOR[rule.by], now)
    expect(next.status).toBe(rule.to ?? from)
    expect(next.timeline).toHaveLength(ticket.timeline.length + 1)
    expect(next.timeline.at(-1)).toMatchObject({ kind: rule.event, at: now, status: next.status })
    expect(next.updatedAt).toBe(now)
    expect(replay(next.timeline)).toBe(next.status)
    expect(ticket.timeline).toHaveLength(next.timeline.length - 1)
  })

  it.each(ILLEGAL)('%s from %s is refused with ILLEGAL_TRANSITION and changes nothing', (type, from) => {
    const { ticket, at } = ticketIn(from)
    const before = JSON.stringify(ticket)
    const rule = TRANSITIONS[type]
    const e = refusal(() =>
      apply(ticket, sampleAction(type), PARTY_ACTOR[rule.by], whenFor(type, at, ticket.resolvedAt)),
    )
    expect([e.code, e.status]).toEqual(['ILLEGAL_TRANSITION', 409])
    expect(e.message).toBe(rule.refusal(ticket))
    expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(JSON.stringify(ticket)).toBe(before)
  })

  it.each(LEGAL)(
    '%s from %s by anyone else is FORBIDDEN (or CONFLICT for the reporter’s own 我也遇到)',
    (type, from) => {
      const { ticket, at } = ticketIn(from)
      const before = JSON.stringify(ticket)
      const rule = TRANSITIONS[type]
      for (const actor of ALL_ACTORS) {
        if (actor === PARTY_ACTOR[rule.by] || (rule.by === 'other_person' && actor.kind === 'grid_worker'))
          continue
        const e = refusal(() =>
          apply(ticket, sampleAction(type), actor, whenFor(type, at, ticket.resolvedAt)),
        )
        const expected = rule.by === 'other_person' && actor === REPORTER ? 'CONFLICT' : 'FORBIDDEN'
        expect([type, from, actor, e.code]).toEqual([type, from, actor, expected])
      }
      expect(JSON.stringify(ticket)).toBe(before)
    },
  )
})

describe('ticket lifecycle: guards beyond the status', () => {
  it('dispatch sets the department of the category and a deadline of dispatch + SLA hours', () => {
    const { ticket, at } = ticketIn('accepted')
    const next = apply(ticket, { type: 'dispatch' }, GRID, at)
    expect(next).toMatchObject({ departmentId: 'd-power', dispatchedAt: at, deadline: at + 12 * HOUR_MS })
    expect(isOverdue(next, at + 12 * HOUR_MS)).toBe(false)
    expect(isOverdue(next, at + 12 * HOUR_MS + 1)).toBe(true)
    const resolved = apply(
      apply(next, { type: 'start' }, DEPARTMENT, at + 13 * HOUR_MS),
      sampleAction('resolve'),
      DEPARTMENT,
      at + 14 * HOUR_MS,
    )
    expect(isOverdue(resolved, at + 30 * HOUR_MS)).toBe(false)
  })

  it('only the department it was dispatched to works on it; only the grid’s worker handles it', () => {
    const { ticket, at } = ticketIn('dispatched')
    expect(refusal(() => apply(ticket, { type: 'start' }, OTHER_DEPARTMENT, at)).message).toBe(
      '只有承办部门可以处理这个问题',
    )
    const submitted = ticketIn('submitted')
    expect(refusal(() => apply(submitted.ticket, { type: 'accept' }, OTHER_GRID, at)).code).toBe('FORBIDDEN')
  })

  it('urge: reporter only, once per 24 h with the hours left in the message', () => {
    const { ticket, at } = ticketIn('processing')
    expect(refusal(() => apply(ticket, { type: 'urge' }, OTHER_RESIDENT, at)).message).toBe(
      '只有上报人本人可以催办',
    )
    const urged = apply(ticket, { type: 'urge' }, REPORTER, at)
    const again = refusal(() => apply(urged, { type: 'urge' }, REPORTER, at + 5 * HOUR_MS))
    expect(again).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterSeconds: 19 * 3600 })
    expect(again.message).toBe('24 小时内只能催办一次，请 19 小时后再试')
    expect(apply(urged, { type: 'urge' }, REPORTER, at + DAY_MS).timeline.at(-1)?.kind).toBe('urged')
  })

  it('reopen: within 7 days of resolution, also after rating; then refused in plain words', () => {
    const { ticket, at } = ticketIn('closed')
    const resolvedAt = ticket.resolvedAt as number
    const reopened = apply(ticket, sampleAction('reopen'), REPORTER, resolvedAt + 7 * DAY_MS - 1)
    expect(reopened).toMatchObject({ status: 'accepted', resolvedAt: null, rating: null, deadline: null })
    expect(reopened.timeline.at(-1)).toMatchObject({ kind: 'reopened', note: '电线杆又歪了，没修好' })
    const late = refusal(() => apply(ticket, sampleAction('reopen'), REPORTER, resolvedAt + 7 * DAY_MS))
    expect([late.code, late.message]).toEqual(['ILLEGAL_TRANSITION', '办结已超过 7 天，不能再申请重新处理'])
    expect(at).toBeGreaterThan(resolvedAt)
  })

  it('rate: once; the second try says it was rated already', () => {
    const { ticket } = ticketIn('closed')
    expect(ticket.rating).toEqual({ stars: 4, comment: '修好了' })
    expect(ticket.timeline.at(-1)).toMatchObject({ kind: 'rated', status: 'closed' })
    expect(refusal(() => apply(ticket, sampleAction('rate'), REPORTER, ticket.updatedAt)).message).toBe(
      '这个问题已经评价过了',
    )
  })

  it('auto-close: only 7 days after resolution, by the system, with a closed event', () => {
    const { ticket } = ticketIn('resolved')
    const due = (ticket.resolvedAt as number) + 7 * DAY_MS
    expect(refusal(() => apply(ticket, { type: 'autoClose' }, SYSTEM, due - 1)).code).toBe(
      'ILLEGAL_TRANSITION',
    )
    const closed = apply(ticket, { type: 'autoClose' }, SYSTEM, due)
    expect(closed.timeline.at(-1)).toMatchObject({ kind: 'closed', actor: { role: 'system', name: null } })
    expect(refusal(() => apply(closed, sampleAction('rate'), REPORTER, due)).message).toBe(
      '办结超过 7 天已自动归档，不能再评价',
    )
  })

  it('support: counts each person once, never the reporter, and keeps the status', () => {
    const { ticket, at } = ticketIn('accepted')
    const supported = apply(ticket, { type: 'support' }, OTHER_RESIDENT, at)
    expect(supported).toMatchObject({ status: 'accepted', supporterIds: ['u-resident-2'] })
    expect(refusal(() => apply(supported, { type: 'support' }, OTHER_RESIDENT, at)).message).toBe(
      '您已经点过“我也遇到”',
    )
    expect(refusal(() => apply(supported, { type: 'support' }, REPORTER, at)).message).toBe(
      '这是您自己上报的问题',
    )
    expect(apply(supported, { type: 'support' }, GRID, at).supporterIds).toEqual(['u-resident-2', 'u-grid-1'])
  })

  it('resolving needs a note and at least one photo', () => {
    const { ticket, at } = ticketIn('accepted')
    const e = refusal(() => apply(ticket, { type: 'resolveOnSpot', note: '处理好了', photos: [] }, GRID, at))
    expect([e.code, e.fields]).toEqual(['VALIDATION_FAILED', { photos: '请至少拍一张处理后的照片' }])
    const submitted = ticketIn('submitted').ticket
    expect(refusal(() => apply(submitted, { type: 'reject', reason: '  ' }, GRID, at)).fields).toEqual({
      reason: '请填写不予受理的原因',
    })
  })
})

describe('replay', () => {
  it('rebuilds the status, and refuses a timeline the lifecycle could not have produced', () => {
    const { ticket } = ticketIn('closed')
    expect(replay(ticket.timeline)).toBe('closed')
    const [submitted, accepted, , processing] = ticket.timeline
    expect(() => replay([submitted, processing])).toThrow('时间线不连贯')
    expect(() => replay([accepted])).toThrow('时间线必须从“提交上报”开始')
    expect(() => replay([submitted, { ...accepted, status: 'dispatched' }])).toThrow('不符')
    expect(() => replay([submitted, { ...accepted, at: submitted.at - 1 }])).toThrow('时间线倒流')
  })
})

import { TicketStatus } from '../../../src/contract'
import { MockError } from '../../../mock/errors'
import { apply, submit } from '../../../mock/tickets/lifecycle'
import type { StoredTicket } from '../../../mock/tickets/model'
import { seedPhoto } from '../../../mock/tickets/photos'
import { HOUR_MS } from '../../../mock/tickets/rules'
import type { Action, Actor, ActionType, Party } from '../../../mock/tickets/transitions'
import { T0 } from './helpers'

/** A pole ticket in 创业路社区's first grid (赵磊's), reported by 王秀兰; SLA 12 h, 供电公司. */
export const REPORTER: Actor = { kind: 'resident', userId: 'u-resident-1', name: '王**' }
export const OTHER_RESIDENT: Actor = { kind: 'resident', userId: 'u-resident-2', name: '张**' }
export const GRID: Actor = {
  kind: 'grid_worker',
  userId: 'u-grid-1',
  gridId: 'g-chuangye-lu-1',
  name: '赵**',
}
export const OTHER_GRID: Actor = {
  kind: 'grid_worker',
  userId: 'u-grid-2',
  gridId: 'g-xili-lu-1',
  name: '孙**',
}
export const DEPARTMENT: Actor = { kind: 'department', departmentId: 'd-power' }
export const OTHER_DEPARTMENT: Actor = { kind: 'department', departmentId: 'd-water' }
export const SYSTEM: Actor = { kind: 'system' }
export const ALL_ACTORS = [REPORTER, OTHER_RESIDENT, GRID, OTHER_GRID, DEPARTMENT, OTHER_DEPARTMENT, SYSTEM]

export const ALL_STATUSES: readonly TicketStatus[] = TicketStatus.options

export function newTicket(at = T0): StoredTicket {
  return submit(
    {
      id: 't-0100',
      reporterId: 'u-resident-1',
      reporterName: '王秀兰',
      anonymous: false,
      contactPhone: '13607719988',
      categoryId: 'cat-road-pole',
      description: '创业路与棉纺路交叉口东北角的电线杆向人行道倾斜',
      address: '创业路与棉纺路交叉口东北角',
      location: { lat: 34.7474, lng: 113.6347 },
      communityId: 'c-chuangye-lu',
      gridId: 'g-chuangye-lu-1',
      photos: [seedPhoto('cat-road-pole', 1)],
      createdAt: at,
    },
    { kind: 'resident', userId: 'u-resident-1', name: '王**' },
  )
}

/** A valid action of each type (payloads that pass every non-status guard). */
export function sampleAction(type: ActionType): Action {
  const photos = [seedPhoto('cat-road-pole', 1, true)]
  switch (type) {
    case 'reject':
      return { type, reason: '经核实不属于市政管理范围' }
    case 'merge':
      return { type, intoId: 't-0001' }
    case 'resolveOnSpot':
    case 'resolve':
      return { type, note: '已加固线杆', photos }
    case 'rate':
      return { type, stars: 4, comment: '修好了' }
    case 'reopen':
      return { type, reason: '电线杆又歪了，没修好' }
    case 'recategorize':
      return { type, categoryId: 'cat-road-lamp', reason: '照片上是路灯，分类选错了' }
    case 'addPhotos':
      return { type, photos: [seedPhoto('cat-road-pole', 7)] }
    default:
      return { type } as Action
  }
}

export const PARTY_ACTOR: Record<Party, Actor> = {
  reporter: REPORTER,
  grid_worker: GRID,
  department: DEPARTMENT,
  system: SYSTEM,
  other_person: OTHER_RESIDENT,
  // the reporter follows her own ticket; other residents follow it once they pressed 我也遇到
  follower: REPORTER,
}

const PATHS: Record<TicketStatus, [ActionType, Actor][]> = {
  submitted: [],
  accepted: [['accept', GRID]],
  dispatched: [
    ['accept', GRID],
    ['dispatch', GRID],
  ],
  processing: [
    ['accept', GRID],
    ['dispatch', GRID],
    ['start', DEPARTMENT],
  ],
  resolved: [
    ['accept', GRID],
    ['dispatch', GRID],
    ['start', DEPARTMENT],
    ['resolve', DEPARTMENT],
  ],
  closed: [
    ['accept', GRID],
    ['dispatch', GRID],
    ['start', DEPARTMENT],
    ['resolve', DEPARTMENT],
    ['rate', REPORTER],
  ],
  rejected: [['reject', GRID]],
  merged: [['merge', GRID]],
}

/** A ticket brought to `status` through the engine, one hour per step; its last event is at the returned time. */
export function ticketIn(status: TicketStatus): { ticket: StoredTicket; at: number } {
  let ticket = newTicket()
  let at = T0
  for (const [type, actor] of PATHS[status]) {
    at += HOUR_MS
    ticket = apply(ticket, sampleAction(type), actor, at)
  }
  return { ticket, at }
}

/** The MockError a call throws (fails the test when it does not throw one). */
export function refusal(fn: () => unknown): MockError {
  try {
    fn()
  } catch (e) {
    if (e instanceof MockError) return e
    throw e
  }
  throw new Error('expected a refusal, but it was allowed')
}

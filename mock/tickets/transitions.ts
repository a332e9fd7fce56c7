import type { TicketEventKind, TicketStatus } from '../../src/contract'
import type { StoredPhoto, StoredTicket } from './model'
import { OPEN_STATUSES } from './model'

/** Who acts on a ticket. Residents and merchants act as `resident`. */
export type Actor =
  | { kind: 'resident'; userId: string; name: string }
  | { kind: 'grid_worker'; userId: string; gridId: string; name: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'system' }

/** A signed-in person (reporter, supporter, grid worker). */
export type PersonActor = Extract<Actor, { kind: 'resident' | 'grid_worker' }>

export type Action =
  | { type: 'accept'; note?: string }
  | { type: 'reject'; reason: string }
  | { type: 'merge'; intoId: string }
  /** the department defaults to the one owning the category */
  | { type: 'dispatch'; departmentId?: string; note?: string }
  | { type: 'resolveOnSpot'; note: string; photos: StoredPhoto[] }
  | { type: 'start'; note?: string }
  | { type: 'resolve'; note: string; photos: StoredPhoto[] }
  | { type: 'urge' }
  | { type: 'rate'; stars: number; comment: string }
  | { type: 'reopen'; reason: string }
  | { type: 'support' }
  /** 居民补充: the caller's own uploads, already checked (create.ts ownPhotos) */
  | { type: 'addPhotos'; photos: StoredPhoto[] }
  | { type: 'autoClose' }
  /** 改派: the right category; a dispatched ticket goes to the new category's department */
  | { type: 'recategorize'; categoryId: string; reason: string }
  /** 督办: chase the department of an overdue ticket */
  | { type: 'supervise'; note?: string }

export type ActionType = Action['type']

/**
 * Who may take an action: the reporter; the grid worker of the ticket's grid; the department
 * it was dispatched to; the system (time); any person but the reporter (我也遇到); or a
 * follower: the reporter or someone who pressed 我也遇到 (居民补充).
 */
export type Party = 'reporter' | 'grid_worker' | 'department' | 'system' | 'other_person' | 'follower'

export interface Transition {
  from: readonly TicketStatus[]
  /** null: the status stays (urged, supported) */
  to: TicketStatus | null
  event: TicketEventKind
  by: Party
  /** what the refusal says when the status is wrong: what is allowed, in plain words */
  refusal: (ticket: StoredTicket) => string
  /** when someone else tries */
  forbidden: string
}

/** what a grid worker of another grid (or anyone else) is told */
export const GRID_ONLY = '这个问题不在您负责的网格'
const DEPARTMENT_ONLY = '只有承办部门可以处理这个问题'

/**
 * Steps only the grid worker of the ticket's grid, or only the department it was dispatched to,
 * may take; `refusal` says which statuses allow the step.
 */
function staffStep(by: 'grid_worker' | 'department') {
  const forbidden = by === 'grid_worker' ? GRID_ONLY : DEPARTMENT_ONLY
  return (
    from: readonly TicketStatus[],
    to: TicketStatus | null,
    event: TicketEventKind,
    refusal: string,
  ): Transition => ({ from, to, event, by, refusal: () => refusal, forbidden })
}

const gridStep = staffStep('grid_worker')
const departmentStep = staffStep('department')

/** DESIGN.md "Ticket lifecycle", as data: the engine, replay() and the tests read this one table. */
export const TRANSITIONS: Record<ActionType, Transition> = {
  accept: gridStep(['submitted'], 'accepted', 'accepted', '只有待受理的问题可以受理'),
  reject: gridStep(['submitted'], 'rejected', 'rejected', '只有待受理的问题可以不予受理'),
  merge: gridStep(['submitted'], 'merged', 'merged', '只有待受理的问题可以合并'),
  dispatch: gridStep(['accepted'], 'dispatched', 'dispatched', '只有已受理的问题可以派单'),
  resolveOnSpot: gridStep(['accepted'], 'resolved', 'resolved', '只有已受理、还没派单的问题可以现场办结'),
  start: departmentStep(['dispatched'], 'processing', 'processing', '只有已派单的问题可以开始处理'),
  resolve: departmentStep(['processing'], 'resolved', 'resolved', '只有处理中的问题可以办结'),
  urge: {
    from: ['dispatched', 'processing'],
    to: null,
    event: 'urged',
    by: 'reporter',
    refusal: () => '只有已派单或处理中的问题可以催办',
    forbidden: '只有上报人本人可以催办',
  },
  rate: {
    from: ['resolved'],
    to: 'closed',
    event: 'rated',
    by: 'reporter',
    refusal: (t) => {
      if (t.status === 'closed' && t.rating) return '这个问题已经评价过了'
      if (t.status === 'closed') return '办结超过 7 天已自动归档，不能再评价'
      return '只有已办结的问题可以评价'
    },
    forbidden: '只有上报人本人可以评价',
  },
  reopen: {
    from: ['resolved', 'closed'],
    to: 'accepted',
    event: 'reopened',
    by: 'reporter',
    refusal: () => '只有已办结的问题可以申请重新处理',
    forbidden: '只有上报人本人可以申请重新处理',
  },
  support: {
    from: OPEN_STATUSES,
    to: null,
    event: 'supported',
    by: 'other_person',
    refusal: () => '这个问题已经办结或不再受理，不用再点“我也遇到”',
    forbidden: '请先登录',
  },
  addPhotos: {
    from: OPEN_STATUSES,
    to: null,
    event: 'photos_added',
    by: 'follower',
    refusal: () => '这个问题已经办结或不再受理，不能再补充照片',
    forbidden: '点过“我也遇到”之后才能给这个问题补充照片',
  },
  autoClose: {
    from: ['resolved'],
    to: 'closed',
    event: 'closed',
    by: 'system',
    refusal: () => '只有已办结的问题会自动归档',
    forbidden: '只有系统可以自动归档',
  },
  recategorize: gridStep(OPEN_STATUSES, null, 'recategorized', '已办结或不再受理的问题不能改派'),
  supervise: gridStep(['dispatched', 'processing'], null, 'supervised', '只有已派单、还没办结的问题可以督办'),
}

export const ACTION_TYPES = Object.keys(TRANSITIONS) as ActionType[]

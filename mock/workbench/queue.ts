import type { WorkbenchFilter, WorkbenchSummary } from '../../src/contract'
import { validationFailed } from '../errors'
import { DEFAULT_PAGE_SIZE, pageByPosition, type PositionOrder } from '../paging'
import { ticketSeq, type StoredTicket } from '../tickets/model'
import { isAcceptLate, isOverdue, isReopened, isUrgedOpen } from '../tickets/rules'

/** What each tab of the queue holds (overdue: by the clock, see rules.isOverdue). */
const MEMBERS: Record<Exclude<WorkbenchFilter, 'overdue'>, (t: StoredTicket) => boolean> = {
  pending: (t) => t.status === 'submitted' || t.status === 'accepted',
  dispatched: (t) => t.status === 'dispatched' || t.status === 'processing',
  all: () => true,
}

function inTab(filter: WorkbenchFilter, now: number): (t: StoredTicket) => boolean {
  return filter === 'overdue' ? (t) => isOverdue(t, now) : MEMBERS[filter]
}

/**
 * Tickets that need attention first (overdue, waiting past the 受理时限, urged or reopened while
 * open), then by age: 待处理 oldest first (first come, first served), the other tabs newest
 * first; by (rank, createdAt, seq). The cursor names the last ticket a page showed; a ticket
 * that turns late between two pages moves up the list, which a pull-to-refresh shows.
 */
interface Position {
  rank: 0 | 1
  createdAt: number
  seq: number
}

export function needsAttention(t: StoredTicket, now: number): boolean {
  return isOverdue(t, now) || isAcceptLate(t, now) || isUrgedOpen(t) || isReopened(t)
}

function positionOf(t: StoredTicket, now: number): Position {
  return { rank: needsAttention(t, now) ? 0 : 1, createdAt: t.createdAt, seq: ticketSeq(t.id) }
}

type Compare = (a: Position, b: Position) => number

const newestFirst: Compare = (a, b) => a.rank - b.rank || b.createdAt - a.createdAt || b.seq - a.seq
const oldestFirst: Compare = (a, b) => a.rank - b.rank || a.createdAt - b.createdAt || a.seq - b.seq

export function orderOf(filter: WorkbenchFilter): Compare {
  return filter === 'pending' ? oldestFirst : newestFirst
}

function encode(p: Position): string {
  return `${p.rank}.${p.createdAt.toString(36)}.${p.seq.toString(36)}`
}

function decode(cursor: string): Position {
  const match = /^([01])\.([0-9a-z]{1,12})\.([0-9a-z]{1,8})$/.exec(cursor)
  if (!match) throw validationFailed({ cursor: '列表已过期，请下拉刷新' })
  return { rank: match[1] === '0' ? 0 : 1, createdAt: parseInt(match[2], 36), seq: parseInt(match[3], 36) }
}

export interface QueueParams {
  filter?: WorkbenchFilter
  cursor?: string
  limit?: number
}

/** One page of the grid's queue. */
export function workbenchQueue(
  tickets: readonly StoredTicket[],
  gridId: string,
  q: QueueParams,
  now: number,
): { items: StoredTicket[]; nextCursor: string | null } {
  const tab = inTab(q.filter ?? 'all', now)
  const order: PositionOrder<StoredTicket, Position> = {
    positionOf: (t) => positionOf(t, now),
    compare: orderOf(q.filter ?? 'all'),
    encode,
    decode,
  }
  const inGrid = tickets.filter((t) => t.gridId === gridId && tab(t))
  return pageByPosition(inGrid, order, q.cursor, q.limit ?? DEFAULT_PAGE_SIZE)
}

/** The counts on the workbench entry and its tabs. */
export function workbenchSummary(
  tickets: readonly StoredTicket[],
  gridId: string,
  now: number,
): WorkbenchSummary {
  const mine = tickets.filter((t) => t.gridId === gridId)
  const count = (f: WorkbenchFilter) => mine.filter(inTab(f, now)).length
  return { pending: count('pending'), dispatched: count('dispatched'), overdue: count('overdue') }
}

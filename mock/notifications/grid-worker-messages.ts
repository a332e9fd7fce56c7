import type { StoredUser } from '../state'
import type { Store } from '../store'
import { findLeafCategory } from '../seed-reference'
import type { StoredEvent, StoredTicket } from '../tickets/model'
import { notify } from './service'
import type { Recipient } from './ticket-messages'

/**
 * What the grid worker of a ticket's grid hears: a new report in the grid, an urge, a reopen,
 * and a department past its deadline. Only the live path sends these (not the seed), so a fresh
 * store starts with the seeded residents' messages only.
 */

export function gridWorkersOf(users: readonly StoredUser[], gridId: string): StoredUser[] {
  return users.filter((u) => u.role === 'grid_worker' && u.gridId === gridId)
}

function what(t: StoredTicket): string {
  return `「${findLeafCategory(t.categoryId)?.name ?? '问题'}」（${t.address}）`
}

function forGridWorker(t: StoredTicket, e: StoredEvent): { title: string; body: string } | null {
  switch (e.kind) {
    case 'submitted':
      return { title: '网格内有新上报', body: `居民上报了${what(t)}，请在 2 小时内受理。` }
    case 'urged':
      return { title: '居民催办', body: `${what(t)}的上报人催办了，请督促承办部门尽快处理。` }
    case 'reopened':
      return { title: '问题需重办', body: `${what(t)}的上报人申请重新处理，请重新派单或现场处理。` }
    default:
      return null
  }
}

/** Messages for the grid's workers about one event; the worker's own actions tell them nothing. */
export function gridWorkerMessages(
  users: readonly StoredUser[],
  t: StoredTicket,
  e: StoredEvent,
): Recipient[] {
  const message = forGridWorker(t, e)
  if (!message) return []
  return gridWorkersOf(users, t.gridId)
    .filter((u) => u.id !== e.actor.userId)
    .map((u) => ({ userId: u.id, input: { kind: 'ticket' as const, at: e.at, ticketId: t.id, ...message } }))
}

export function notifyGridWorkers(store: Store, t: StoredTicket, e: StoredEvent): void {
  for (const { userId, input } of gridWorkerMessages(store.state.users, t, e)) notify(store, userId, input)
}

/** The department passed the deadline: the grid worker hears it once, dated at the deadline. */
export function notifyDepartmentLate(
  store: Store,
  t: StoredTicket,
  departmentName: string,
  at: number,
): void {
  for (const u of gridWorkersOf(store.state.users, t.gridId)) {
    notify(store, u.id, {
      kind: 'ticket',
      at,
      ticketId: t.id,
      title: '部门办理超期',
      body: `${what(t)}已超过承诺时限，${departmentName}还没有办结，可以在工作台督办。`,
    })
  }
}

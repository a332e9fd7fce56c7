import {
  api,
  type EndpointInput,
  type EndpointOutput,
  type MergeCandidate,
  type Notification,
  type WireResponse,
  type WorkbenchFilter,
  type WorkbenchItem,
  type WorkbenchSummary,
  type WorkbenchTicket,
} from '../../../src/contract'
import { envelope, expectOk, refusalOf, type AnyAnswer } from './helpers'
import type { Client } from './ticket-helpers'

export const HOUR = 3600_000
export const MINUTE = 60_000

/** A grid worker's day: 赵磊 (u-grid-1), 孙丽 of the other grid (u-grid-2), and 王秀兰 who reports. */
export const GRID_DAY = { zhao: 'u-grid-1', sun: 'u-grid-2', wang: 'u-resident-1' } as const

/**
 * u-grid-1 (赵磊) works 创业路社区第一网格, the north half of 创业路社区. Seeded there: pending
 * t-0001, t-0002 (submitted), t-0003, t-0015 (accepted), t-0029 (submitted, the same lamps as
 * t-0005); with departments t-0004 (overdue), t-0005, t-0012, t-0013 (overdue).
 */
export const GRID1 = 'g-chuangye-lu-1'
export const GRID1_PENDING = ['t-0001', 't-0002', 't-0003', 't-0015', 't-0029']
export const GRID1_DISPATCHED = ['t-0004', 't-0005', 't-0012', 't-0013']
export const GRID1_OVERDUE = ['t-0004', 't-0013']
/** a submitted ticket of 西里路社区第一网格 (u-grid-2's) */
export const GRID2_SUBMITTED = 't-0017'

/** `[status, code, message]` of a refusal, typed or raw. */
export function refusal(res: AnyAnswer | WireResponse): [number, string, string] {
  if ('ok' in res) return refusalOf(res)
  const { error } = envelope(res)
  return [res.status, error.code, error.message]
}

/** Whoever can make typed calls: a signed-in Client, or a bare caller. */
type Calls = Pick<Client, 'call'>
type QueueQuery = EndpointInput<typeof api.workbenchTickets>['query']

export async function workbenchTicket(client: Calls, id: string): Promise<WorkbenchTicket> {
  return expectOk(await client.call(api.workbenchTicket, { params: { id } }))
}

export async function queuePage(client: Calls, query: QueueQuery = {}) {
  return expectOk(await client.call(api.workbenchTickets, { query }))
}

/** Every page of a tab of the queue, in order. */
export async function wholeQueue(
  client: Calls,
  filter: WorkbenchFilter,
  limit = '3',
): Promise<WorkbenchItem[]> {
  const all: WorkbenchItem[] = []
  let cursor: string | null = null
  do {
    const page: EndpointOutput<typeof api.workbenchTickets> = await queuePage(client, {
      filter,
      limit,
      ...(cursor ? { cursor } : {}),
    })
    all.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return all
}

export async function summary(client: Calls): Promise<WorkbenchSummary> {
  return expectOk(await client.call(api.workbenchSummary))
}

export async function candidates(client: Calls, id: string): Promise<MergeCandidate[]> {
  return expectOk(await client.call(api.mergeCandidates, { params: { id } })).items
}

/** All my messages, newest first (every page). */
export async function inbox(client: Calls): Promise<Notification[]> {
  const all: Notification[] = []
  let cursor: string | null = null
  do {
    const query = { limit: '50', ...(cursor ? { cursor } : {}) }
    const page: EndpointOutput<typeof api.listNotifications> = expectOk(
      await client.call(api.listNotifications, { query }),
    )
    all.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return all
}

export async function unread(client: Calls): Promise<number> {
  return expectOk(await client.call(api.unreadCount)).count
}

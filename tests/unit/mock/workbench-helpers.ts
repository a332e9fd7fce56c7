import {
  MergeCandidate,
  Notification,
  WorkbenchItem,
  WorkbenchSummary,
  WorkbenchTicket,
  type WireResponse,
} from '../../../src/contract'
import { envelope } from './helpers'
import type { Client } from './ticket-helpers'

export const HOUR = 3600_000
export const MINUTE = 60_000

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

export function refusal(res: WireResponse): [number, string, string] {
  const { error } = envelope(res)
  return [res.status, error.code, error.message]
}

export async function workbenchTicket(client: Client, id: string): Promise<WorkbenchTicket> {
  const res = await client.get(`/workbench/tickets/${id}`)
  if (res.status !== 200) throw new Error(`GET workbench ${id}: ${JSON.stringify(res.body)}`)
  return WorkbenchTicket.parse(res.body)
}

export async function queuePage(client: Client, query: Record<string, string> = {}) {
  const res = await client.get('/workbench/tickets', query)
  if (res.status !== 200) throw new Error(`GET queue: ${JSON.stringify(res.body)}`)
  const body = res.body as { items: unknown[]; nextCursor: string | null }
  return { items: body.items.map((t) => WorkbenchItem.parse(t)), nextCursor: body.nextCursor }
}

/** Every page of a tab of the queue, in order. */
export async function wholeQueue(client: Client, filter: string, limit = '3'): Promise<WorkbenchItem[]> {
  const all: WorkbenchItem[] = []
  let cursor: string | null = null
  do {
    const page: Awaited<ReturnType<typeof queuePage>> = await queuePage(client, {
      filter,
      limit,
      ...(cursor ? { cursor } : {}),
    })
    all.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return all
}

export async function summary(client: Client): Promise<WorkbenchSummary> {
  return WorkbenchSummary.parse((await client.get('/workbench/summary')).body)
}

export async function candidates(client: Client, id: string): Promise<MergeCandidate[]> {
  const res = await client.get(`/workbench/tickets/${id}/merge-candidates`)
  if (res.status !== 200) throw new Error(`GET candidates ${id}: ${JSON.stringify(res.body)}`)
  return (res.body as { items: unknown[] }).items.map((c) => MergeCandidate.parse(c))
}

/** All my messages, newest first (every page). */
export async function inbox(client: Client): Promise<Notification[]> {
  const all: Notification[] = []
  let cursor: string | null = null
  do {
    const res = await client.get('/notifications', { limit: '50', ...(cursor ? { cursor } : {}) })
    if (res.status !== 200) throw new Error(`GET notifications: ${JSON.stringify(res.body)}`)
    const body = res.body as { items: unknown[]; nextCursor: string | null }
    all.push(...body.items.map((n) => Notification.parse(n)))
    cursor = body.nextCursor
  } while (cursor)
  return all
}

export async function unread(client: Client): Promise<number> {
  return ((await client.get('/notifications/unread-count')).body as { count: number }).count
}

import { isOpen, type StoredTicket } from '../tickets/model'

export const DEFAULT_WINDOW_DAYS = 90
export const MAX_REQUESTS = 1000
const DAY_MS = 24 * 60 * 60 * 1000

export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description)
    Object.setPrototypeOf(this, Open311Error.prototype)
  }
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** W3C datetime (ISO 8601): a date, or a date and time with Z or an offset. */
function date(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  const ms = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? Date.parse(value) : NaN
  if (!Number.isFinite(ms)) throw new Open311Error(400, `${name} 不是有效的 ISO 8601 时间：${value}`)
  return ms
}

/**
 * The spec's filters. Without start_date and end_date the last 90 days are searched; at most
 * 1000 requests come back, newest first. service_request_id, service_code and status take
 * comma-separated lists.
 */
export function filterRequests(
  tickets: StoredTicket[],
  query: Record<string, string>,
  now: number,
): StoredTicket[] {
  const ids = list(query.service_request_id)
  const codes = list(query.service_code)
  const statuses = list(query.status)
  for (const s of statuses) {
    if (s !== 'open' && s !== 'closed') throw new Open311Error(400, `status 只能是 open 或 closed：${s}`)
  }
  let start = date('start_date', query.start_date)
  let end = date('end_date', query.end_date)
  if (ids.length === 0 && start === undefined && end === undefined) start = now - DEFAULT_WINDOW_DAYS * DAY_MS
  if (start !== undefined && end !== undefined && start > end) {
    throw new Open311Error(400, 'start_date 不能晚于 end_date')
  }
  start ??= -Infinity
  end ??= Infinity
  return tickets
    .filter((t) => ids.length === 0 || ids.includes(t.id))
    .filter((t) => codes.length === 0 || codes.includes(t.categoryId))
    .filter((t) => statuses.length === 0 || statuses.includes(isOpen(t.status) ? 'open' : 'closed'))
    .filter((t) => t.createdAt >= (start as number) && t.createdAt <= (end as number))
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, MAX_REQUESTS)
}

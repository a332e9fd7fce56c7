import { distanceMeters } from '../geo'
import { isOpen, type StoredTicket } from '../tickets/model'
import { wgs84ToGcj02 } from '../../src/contract/datum'

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

const W3C_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** A day that exists: 2026-02-30 and 2026-13-01 do not. */
function realDay(y: number, m: number, d: number): boolean {
  const at = new Date(Date.UTC(y, m - 1, d))
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d
}

/** W3C datetime (ISO 8601): a date, or a date and time with Z or an offset; a real calendar day. */
function date(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  const m = W3C_DATETIME.exec(value)
  const fail = () => new Open311Error(400, `${name} 不是有效的 ISO 8601 时间：${value}`)
  if (!m) throw fail()
  const [, y, mo, d, h, mi, sec] = m
  if (!realDay(Number(y), Number(mo), Number(d))) throw fail()
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59)) throw fail()
  const ms = Date.parse(value.replace(' ', 'T'))
  if (!Number.isFinite(ms)) throw fail()
  return ms
}

function coordinate(name: string, value: string | undefined, limit: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || Math.abs(n) > limit)
    throw new Open311Error(400, `${name} 不是有效的坐标：${value}`)
  return n
}

/** `lat` + `long` (WGS-84, as the spec means) and `radius` in meters (default 1000, at most 20 km). */
function nearFilter(query: Record<string, string>): ((t: StoredTicket) => boolean) | null {
  const lat = coordinate('lat', query.lat, 90)
  const lng = coordinate('long', query.long, 180)
  if (lat === undefined && lng === undefined) return null
  if (lat === undefined || lng === undefined) throw new Open311Error(400, 'lat 和 long 要一起提供')
  const radius = query.radius === undefined || query.radius === '' ? 1000 : Number(query.radius)
  if (!Number.isFinite(radius) || radius <= 0 || radius > 20000) {
    throw new Open311Error(400, `radius 须为 1 到 20000 米：${query.radius}`)
  }
  const center = wgs84ToGcj02({ lat, lng })
  return (t) => distanceMeters(center, t.location) <= radius
}

/**
 * The spec's filters. Without start_date and end_date the last 90 days are searched; with one of
 * them, the 90 days after start_date or before end_date; a range may not span more than 90 days.
 * At most 1000 requests come back, newest first. service_request_id, service_code and status
 * take comma-separated lists; `lat`/`long` (WGS-84) and `radius` narrow to a circle.
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
  const windowMs = DEFAULT_WINDOW_DAYS * DAY_MS
  if (start !== undefined && end !== undefined) {
    if (start > end) throw new Open311Error(400, 'start_date 不能晚于 end_date')
    if (end - start > windowMs) {
      throw new Open311Error(400, `start_date 到 end_date 不能超过 ${DEFAULT_WINDOW_DAYS} 天`)
    }
  } else if (end !== undefined) {
    start = end - windowMs
  } else if (start !== undefined) {
    end = start + windowMs
  } else if (ids.length === 0) {
    start = now - windowMs
  }
  start ??= -Infinity
  end ??= Infinity
  const near = nearFilter(query)
  return tickets
    .filter((t) => near === null || near(t))
    .filter((t) => ids.length === 0 || ids.includes(t.id))
    .filter((t) => codes.length === 0 || codes.includes(t.categoryId))
    .filter((t) => statuses.length === 0 || statuses.includes(isOpen(t.status) ? 'open' : 'closed'))
    .filter((t) => t.createdAt >= (start as number) && t.createdAt <= (end as number))
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, MAX_REQUESTS)
}

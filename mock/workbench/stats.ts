import type { StatsBucket, StatsQuery, WorkbenchStats } from '../../src/contract'
import { formatIso } from '../clock'
import { findLeafCategory } from '../seed-reference'
import type { StoredTicket } from '../tickets/model'
import { ACCEPT_LIMIT_HOURS, ACCEPT_LIMIT_MS, DAY_MS, HOUR_MS } from '../tickets/rules'

/**
 * The figures a grid worker is assessed by (考核), recomputed from the store on every request:
 * the tickets of the grid reported on the days [from, to], Zhengzhou time. Each figure is a
 * plain predicate over one ticket, so a recount of the store gives the same numbers.
 */

const BEIJING_MS = 8 * HOUR_MS
/** 28 days: four whole weeks when nothing is chosen */
const DEFAULT_DAYS = 28

/** Midnight in Zhengzhou of a 2026-11-28 day, as epoch ms. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return Date.UTC(y, m - 1, d) - BEIJING_MS
}

export function dayOf(ms: number): string {
  return formatIso(ms).slice(0, 10)
}

/** The Monday starting the week that holds `ms`, as a day. */
export function weekStartOf(ms: number): string {
  const start = dayStart(dayOf(ms))
  const weekday = (new Date(start + BEIJING_MS).getUTCDay() + 6) % 7
  return dayOf(start - weekday * DAY_MS)
}

export const isResolved = (t: StoredTicket) => t.status === 'resolved' || t.status === 'closed'

/** The department passed its deadline: still working on it, or resolved late. */
export const wasOverdue = (t: StoredTicket, now: number) =>
  t.deadline !== null && (t.resolvedAt ?? now) > t.deadline

/** Resolved by the grid worker (现场办结, on patrol too). */
export function solvedOnSpot(t: StoredTicket): boolean {
  if (!isResolved(t)) return false
  const resolved = t.timeline.filter((e) => e.kind === 'resolved')
  return resolved.length > 0 && resolved[resolved.length - 1].actor.role === 'grid_worker'
}

/** When the ticket was first accepted; null if never. */
export function firstAcceptedAt(t: StoredTicket): number | null {
  return t.timeline.find((e) => e.kind === 'accepted')?.at ?? null
}

function bucket(tickets: readonly StoredTicket[], now: number): StatsBucket {
  return {
    received: tickets.length,
    resolved: tickets.filter(isResolved).length,
    overdue: tickets.filter((t) => wasOverdue(t, now)).length,
    solvedOnSpot: tickets.filter(solvedOnSpot).length,
  }
}

function oneDecimal(n: number): number {
  return Math.round(n * 10) / 10
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function spanOf(q: StatsQuery, now: number): { from: string; to: string } {
  const to = q.to ?? dayOf(now)
  return { from: q.from ?? dayOf(dayStart(to) - (DEFAULT_DAYS - 1) * DAY_MS), to }
}

export function workbenchStats(
  tickets: readonly StoredTicket[],
  gridId: string,
  q: StatsQuery,
  now: number,
): WorkbenchStats {
  const { from, to } = spanOf(q, now)
  const start = dayStart(from)
  const end = dayStart(to) + DAY_MS
  const mine = tickets.filter((t) => t.gridId === gridId && t.createdAt >= start && t.createdAt < end)

  const acceptedAt = mine.map(firstAcceptedAt).filter((at): at is number => at !== null)
  const inLimit = mine.filter((t) => {
    const at = firstAcceptedAt(t)
    return at !== null && at - t.createdAt <= ACCEPT_LIMIT_MS
  })
  const rated = mine.flatMap((t) => (t.rating ? [t.rating.stars] : []))
  const hours = mine.flatMap((t) =>
    isResolved(t) && t.resolvedAt !== null ? [(t.resolvedAt - t.createdAt) / HOUR_MS] : [],
  )
  const handling = median(hours)

  const weeks: string[] = []
  for (let w = dayStart(weekStartOf(start)); w < end; w += 7 * DAY_MS) weeks.push(dayOf(w))
  const categories = [...new Set(mine.map((t) => t.categoryId))]

  return {
    from,
    to,
    acceptLimitHours: ACCEPT_LIMIT_HOURS,
    ...bucket(mine, now),
    accepted: acceptedAt.length,
    acceptedInLimit: inLimit.length,
    satisfaction: {
      rated: rated.length,
      meanStars: rated.length === 0 ? null : oneDecimal(rated.reduce((a, b) => a + b, 0) / rated.length),
      shareAtLeast4: rated.length === 0 ? null : rated.filter((s) => s >= 4).length / rated.length,
    },
    medianHandlingHours: handling === null ? null : oneDecimal(handling),
    byWeek: weeks.map((weekStart) => ({
      weekStart,
      ...bucket(
        mine.filter((t) => weekStartOf(t.createdAt) === weekStart),
        now,
      ),
    })),
    byCategory: categories
      .map((categoryId) => ({
        categoryId,
        categoryName: findLeafCategory(categoryId)?.name ?? '其他',
        ...bucket(
          mine.filter((t) => t.categoryId === categoryId),
          now,
        ),
      }))
      .sort((a, b) => b.received - a.received || a.categoryId.localeCompare(b.categoryId)),
  }
}

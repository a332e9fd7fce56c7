import type { PublicStats } from '../../src/contract'
import { formatIso } from '../clock'
import { findLeafCategory } from '../seed-reference'
import { findCommunity } from '../seed-places'
import type { StoredTicket } from '../tickets/model'

const HOUR_MS = 3600_000
const TOP_WINDOW_MS = 90 * 24 * HOUR_MS
const TOP_COUNT = 7

/** 00:00 on the first day of now's month, Beijing time. */
function monthStart(now: number): { month: string; start: number } {
  const month = formatIso(now).slice(0, 7)
  return { month, start: Date.parse(`${month}-01T00:00:00+08:00`) }
}

/**
 * 本月受理 (reported this month), 本月办结 (resolved this month), 满意率 (4–5 stars among this
 * month's resolutions that were rated) and 平均办结时长 (report to resolution, this month's
 * resolutions), for one community or the whole area — recounted from the tickets each time.
 */
export function publicStats(
  tickets: readonly StoredTicket[],
  now: number,
  communityId?: string,
): PublicStats {
  const { month, start } = monthStart(now)
  const mine = communityId ? tickets.filter((t) => t.communityId === communityId) : tickets
  const received = mine.filter((t) => t.createdAt >= start && t.createdAt <= now)
  const resolved = mine.filter((t) => t.resolvedAt !== null && t.resolvedAt >= start && t.resolvedAt <= now)
  const rated = resolved.filter((t) => t.rating !== null)
  const hours = resolved.map((t) => ((t.resolvedAt as number) - t.createdAt) / HOUR_MS)
  const counts = new Map<string, number>()
  for (const t of mine) {
    if (t.createdAt >= now - TOP_WINDOW_MS) counts.set(t.categoryId, (counts.get(t.categoryId) ?? 0) + 1)
  }
  return {
    month,
    communityName: communityId ? (findCommunity(communityId)?.name ?? null) : null,
    received: received.length,
    resolved: resolved.length,
    satisfaction: rated.length
      ? rated.filter((t) => (t.rating?.stars ?? 0) >= 4).length / rated.length
      : null,
    averageHours: hours.length
      ? Math.round((hours.reduce((a, b) => a + b, 0) / hours.length) * 10) / 10
      : null,
    topCategories: [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP_COUNT)
      .map(([categoryId, count]) => ({
        categoryId,
        name: findLeafCategory(categoryId)?.name ?? '其他',
        count,
      })),
  }
}

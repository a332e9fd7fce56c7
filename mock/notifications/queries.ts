import type { Notification } from '../../src/contract'
import { formatIso } from '../clock'
import { DEFAULT_PAGE_SIZE, newestFirst, pageByPosition } from '../paging'
import type { StoredNotification } from './model'

/**
 * The message centre lists newest first, by (at, number). The cursor names the last message a
 * page showed, so new messages arriving meanwhile (they are newer) never shift the next page.
 */
const NEWEST_FIRST = newestFirst((m: StoredNotification) => ({ createdAt: m.at, seq: Number(m.id.slice(2)) }))

export function pageMessages(
  mine: readonly StoredNotification[],
  cursor: string | undefined,
  limit = DEFAULT_PAGE_SIZE,
): { items: StoredNotification[]; nextCursor: string | null } {
  return pageByPosition(mine, NEWEST_FIRST, cursor, limit)
}

export function toNotification(m: StoredNotification): Notification {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    at: formatIso(m.at),
    read: m.readAt !== null,
    ticketId: m.ticketId,
    activityId: m.activityId,
    voucherId: m.voucherId,
  }
}

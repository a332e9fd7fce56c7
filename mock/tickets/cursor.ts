import { newestFirst, pageByPosition, type NewestFirstPosition } from '../paging'
import { ticketSeq, type StoredTicket } from './model'

/**
 * Lists run newest first, by (createdAt, seq). A cursor names the last item a page showed,
 * so the next page starts right after it whatever was inserted meanwhile (new tickets are
 * newer and land above it): no duplicates, no gaps.
 */
export type Position = NewestFirstPosition

export function positionOf(t: StoredTicket): Position {
  return { createdAt: t.createdAt, seq: ticketSeq(t.id) }
}

const NEWEST_FIRST = newestFirst(positionOf)

/** One page of `items` (already filtered) after `cursor`, newest first. */
export function page(
  items: readonly StoredTicket[],
  cursor: string | undefined,
  limit: number,
): { items: StoredTicket[]; nextCursor: string | null } {
  return pageByPosition(items, NEWEST_FIRST, cursor, limit)
}

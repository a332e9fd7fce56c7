import { validationFailed } from '../errors'
import { ticketSeq, type StoredTicket } from './model'

/**
 * Lists run newest first, by (createdAt, seq). A cursor names the last item a page showed,
 * so the next page starts right after it whatever was inserted meanwhile (new tickets are
 * newer and land above it): no duplicates, no gaps.
 */
export interface Position {
  createdAt: number
  seq: number
}

export function positionOf(t: StoredTicket): Position {
  return { createdAt: t.createdAt, seq: ticketSeq(t.id) }
}

/** Newest first. */
export function compareNewestFirst(a: Position, b: Position): number {
  return b.createdAt - a.createdAt || b.seq - a.seq
}

export function encodeCursor(p: Position): string {
  return `${p.createdAt.toString(36)}.${p.seq.toString(36)}`
}

export function decodeCursor(cursor: string): Position {
  const match = /^([0-9a-z]{1,12})\.([0-9a-z]{1,8})$/.exec(cursor)
  if (!match) throw validationFailed({ cursor: '列表已过期，请下拉刷新' })
  return { createdAt: parseInt(match[1], 36), seq: parseInt(match[2], 36) }
}

/** One page of `items` (already filtered) after `cursor`, newest first. */
export function page(
  items: readonly StoredTicket[],
  cursor: string | undefined,
  limit: number,
): { items: StoredTicket[]; nextCursor: string | null } {
  const after = cursor === undefined ? null : decodeCursor(cursor)
  const sorted = items
    .map((t) => ({ t, p: positionOf(t) }))
    .filter(({ p }) => after === null || compareNewestFirst(after, p) < 0)
    .sort((a, b) => compareNewestFirst(a.p, b.p))
  const shown = sorted.slice(0, limit)
  const more = sorted.length > limit
  return {
    items: shown.map(({ t }) => t),
    nextCursor: more ? encodeCursor(shown[shown.length - 1].p) : null,
  }
}

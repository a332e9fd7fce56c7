import { validationFailed } from './errors'

export const DEFAULT_PAGE_SIZE = 20

/**
 * One page of an already ordered list. The cursor is the key of the last item shown, so the next
 * page starts right after it even when new items were added at the top meanwhile (a ledger,
 * a voucher list). An unknown cursor means the list changed under the client: refresh.
 */
export function pageAfter<T>(
  ordered: readonly T[],
  keyOf: (item: T) => string,
  cursor: string | undefined,
  limit: number = DEFAULT_PAGE_SIZE,
): { items: T[]; nextCursor: string | null } {
  let start = 0
  if (cursor !== undefined) {
    const at = ordered.findIndex((item) => keyOf(item) === cursor)
    if (at < 0) throw validationFailed({ cursor: '列表已过期，请下拉刷新' })
    start = at + 1
  }
  const items = ordered.slice(start, start + limit)
  const more = start + limit < ordered.length
  return { items, nextCursor: more && items.length > 0 ? keyOf(items[items.length - 1]) : null }
}

/**
 * How a list is ordered when its pages are found by position rather than by index: where an item
 * stands, the order, and the cursor that names a position. Because the cursor is a position and
 * not a key, the item it names may have left the list (closed, moved tab) and the next page still
 * starts in the right place.
 */
export interface PositionOrder<T, P> {
  positionOf(item: T): P
  compare(a: P, b: P): number
  encode(p: P): string
  /** throws a validation failure for a cursor this order never wrote */
  decode(cursor: string): P
}

/** One page of `items` (filtered, in any order): sorted by `order`, starting after `cursor`. */
export function pageByPosition<T, P>(
  items: readonly T[],
  order: PositionOrder<T, P>,
  cursor: string | undefined,
  limit: number = DEFAULT_PAGE_SIZE,
): { items: T[]; nextCursor: string | null } {
  const after = cursor === undefined ? null : order.decode(cursor)
  const sorted = items
    .map((item) => ({ item, p: order.positionOf(item) }))
    .filter(({ p }) => after === null || order.compare(after, p) < 0)
    .sort((a, b) => order.compare(a.p, b.p))
  const shown = sorted.slice(0, limit)
  return {
    items: shown.map(({ item }) => item),
    nextCursor: sorted.length > limit ? order.encode(shown[shown.length - 1].p) : null,
  }
}

/**
 * Where an item stands in a newest-first list: (createdAt, seq), seq being the number in its id.
 * New items are newer and land above a cursor, so paging on shows no duplicates and no gaps.
 */
export interface NewestFirstPosition {
  createdAt: number
  seq: number
}

export function compareNewestFirst(a: NewestFirstPosition, b: NewestFirstPosition): number {
  return b.createdAt - a.createdAt || b.seq - a.seq
}

export function encodeCursor(p: NewestFirstPosition): string {
  return `${p.createdAt.toString(36)}.${p.seq.toString(36)}`
}

export function decodeCursor(cursor: string): NewestFirstPosition {
  const match = /^([0-9a-z]{1,12})\.([0-9a-z]{1,8})$/.exec(cursor)
  if (!match) throw validationFailed({ cursor: '列表已过期，请下拉刷新' })
  return { createdAt: parseInt(match[1], 36), seq: parseInt(match[2], 36) }
}

/** The newest-first order of items whose position `positionOf` gives. */
export function newestFirst<T>(
  positionOf: (item: T) => NewestFirstPosition,
): PositionOrder<T, NewestFirstPosition> {
  return { positionOf, compare: compareNewestFirst, encode: encodeCursor, decode: decodeCursor }
}

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

import { compareNewestFirst, decodeCursor, encodeCursor } from '../paging'
import { positionOf, type Position } from './cursor'
import type { StoredTicket } from './model'

/** from this many tickets on, addAll sorts rather than inserting one by one */
const BULK = 64

/** A ticket's place in the lists: (createdAt, seq), and its id to look it up. */
export interface OrderEntry extends Position {
  id: string
}

/**
 * Every ticket, and each reporter's, kept in list order (oldest first, so a new ticket is
 * appended; lists read it from the end), so a page is a walk from the cursor instead of a sort.
 */
export class ListOrder {
  readonly all: OrderEntry[] = []
  private readonly byReporter = new Map<string, OrderEntry[]>()

  add(t: StoredTicket): void {
    const entry = { ...positionOf(t), id: t.id }
    insertSorted(this.all, entry)
    const own = this.byReporter.get(t.reporterId)
    if (own) insertSorted(own, entry)
    else this.byReporter.set(t.reporterId, [entry])
  }

  /** many at once (a reseed, a bulk insert): appended, then each touched list sorted once */
  addAll(tickets: readonly StoredTicket[]): void {
    if (tickets.length < BULK) {
      for (const t of tickets) this.add(t)
      return
    }
    const touched = new Set<OrderEntry[]>([this.all])
    for (const t of tickets) {
      const entry = { ...positionOf(t), id: t.id }
      this.all.push(entry)
      let own = this.byReporter.get(t.reporterId)
      if (!own) this.byReporter.set(t.reporterId, (own = []))
      own.push(entry)
      touched.add(own)
    }
    for (const list of touched) list.sort((a, b) => compareNewestFirst(b, a))
  }

  remove(t: StoredTicket): void {
    removeSorted(this.all, t)
    const own = this.byReporter.get(t.reporterId)
    if (own) removeSorted(own, t)
  }

  /** one reporter's tickets, oldest first */
  reporter(reporterId: string): readonly OrderEntry[] {
    return this.byReporter.get(reporterId) ?? []
  }
}

/** The first index of `list` (oldest first) whose entry is not older than `p`. */
export function lowerBound(list: readonly Position[], p: Position): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    // compareNewestFirst(p, e) > 0: e is newer than p, so e comes after p oldest first
    if (compareNewestFirst(p, list[mid]) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

function insertSorted(list: OrderEntry[], entry: OrderEntry): void {
  const last = list[list.length - 1]
  if (last === undefined || compareNewestFirst(entry, last) < 0) list.push(entry)
  else list.splice(lowerBound(list, entry), 0, entry)
}

function removeSorted(list: OrderEntry[], t: StoredTicket): void {
  const i = lowerBound(list, positionOf(t))
  if (list[i]?.id === t.id) list.splice(i, 1)
}

/**
 * One page newest first, as cursor.page() gives it, walking `list` (oldest first) down from
 * the cursor: `pick` turns an entry into its ticket when the list's filter keeps it, else null.
 */
export function pageOf(
  list: readonly OrderEntry[],
  pick: (entry: OrderEntry) => StoredTicket | null,
  cursor: string | undefined,
  limit: number,
): { items: StoredTicket[]; nextCursor: string | null } {
  const after = cursor === undefined ? null : decodeCursor(cursor)
  const items: StoredTicket[] = []
  let last: OrderEntry | null = null
  for (let i = (after === null ? list.length : lowerBound(list, after)) - 1; i >= 0; i--) {
    const t = pick(list[i])
    if (t === null) continue
    if (items.length === limit) return { items, nextCursor: last === null ? null : encodeCursor(last) }
    items.push(t)
    last = list[i]
  }
  return { items, nextCursor: null }
}

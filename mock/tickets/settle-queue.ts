import type { DepartmentJob } from '../department/model'
import type { StoredTicket } from './model'
import { autoCloseAt } from './rules'

/**
 * The earliest moment the clock can change `ticket` (with its department job): the job's
 * pick-up or resolution, the deadline a late job announces, the 7-day auto-close. Infinity when
 * nothing time-driven is pending. Never later than the real moment (an early answer only costs
 * a look that changes nothing), so a ticket not due by `now` is one repo's settling would leave
 * exactly as it is — the conditions mirror department/work.ts (announceLate, progress) and
 * lifecycle.settle.
 */
export function dueAt(ticket: StoredTicket, job: DepartmentJob | undefined): number {
  let due = autoCloseAt(ticket) ?? Infinity
  if (job && ticket.dispatchedAt === job.dispatchedAt) {
    if (ticket.status === 'dispatched') due = Math.min(due, job.startAt, job.resolveAt)
    if (ticket.status === 'processing') due = Math.min(due, job.resolveAt)
    if (!job.lateAnnounced && ticket.deadline !== null && job.resolveAt > ticket.deadline)
      due = Math.min(due, ticket.deadline)
  }
  return due
}

interface Entry {
  due: number
  id: string
}

/**
 * Ticket ids by the moment they fall due, earliest first: a binary min-heap with lazy removal
 * (an entry counts only while it matches the id's current moment), rebuilt when stale entries
 * outnumber live ones.
 */
export class DueQueue {
  private heap: Entry[] = []
  private readonly current = new Map<string, number>()

  /** when `id` falls due next; Infinity forgets it */
  set(id: string, due: number): void {
    if (this.current.get(id) === due) return
    if (due === Infinity) {
      this.current.delete(id)
      return
    }
    this.current.set(id, due)
    this.push({ due, id })
    if (this.heap.length > 2 * this.current.size + 64) this.rebuild()
  }

  /** removes and returns the ids due by `now` (any order) */
  takeDue(now: number): string[] {
    const out: string[] = []
    while (this.heap.length > 0 && this.heap[0].due <= now) {
      const { due, id } = this.pop()
      if (this.current.get(id) !== due) continue
      this.current.delete(id)
      out.push(id)
    }
    return out
  }

  get size(): number {
    return this.current.size
  }

  private rebuild(): void {
    this.heap = [...this.current].map(([id, due]) => ({ due, id }))
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i)
  }

  private push(e: Entry): void {
    const h = this.heap
    h.push(e)
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (h[parent].due <= e.due) break
      h[i] = h[parent]
      i = parent
    }
    h[i] = e
  }

  private pop(): Entry {
    const h = this.heap
    const top = h[0]
    const last = h.pop() as Entry
    if (h.length > 0) {
      h[0] = last
      this.down(0)
    }
    return top
  }

  private down(i: number): void {
    const h = this.heap
    const e = h[i]
    for (;;) {
      let child = 2 * i + 1
      if (child >= h.length) break
      if (child + 1 < h.length && h[child + 1].due < h[child].due) child++
      if (h[child].due >= e.due) break
      h[i] = h[child]
      i = child
    }
    h[i] = e
  }
}

import type { Store } from '../store'
import { apply } from '../tickets/lifecycle'
import type { StoredTicket } from '../tickets/model'
import { seedPhoto } from '../tickets/photos'
import { RESOLUTIONS } from '../tickets/seed-texts'
import type { DepartmentJob } from './model'
import { planJob } from './timing'

/**
 * The simulated departments. Like the 7-day auto-close, their work is time-driven and applied
 * lazily when tickets are read (tickets/repo.settledTickets), dated when it was due, through
 * the lifecycle engine like any other actor. Tickets dispatched in the app get a job; the
 * seeded stories have none, so they stay as told (t-0004 and t-0013 stay overdue).
 */

const START_NOTE = '已接单，正在安排人员处理'
const LATE_NOTE = '（需要协调的事项较多，办结晚于承诺时间）'

/** A ticket was dispatched: the department plans its work (replacing any job of an earlier dispatch). */
export function takeOn(store: Store, ticket: StoredTicket, dispatchedAt: number): DepartmentJob {
  const job = planJob(ticket, ticket.departmentId ?? '', dispatchedAt)
  const jobs = store.state.department.jobs.filter((j) => j.ticketId !== ticket.id)
  store.state.department.jobs = [...jobs, job]
  return job
}

/** The ticket was resolved: its job is done. */
export function finish(store: Store, ticketId: string): void {
  const jobs = store.state.department.jobs
  if (jobs.some((j) => j.ticketId === ticketId))
    store.state.department.jobs = jobs.filter((j) => j.ticketId !== ticketId)
}

export function jobsByTicket(store: Store): Map<string, DepartmentJob> {
  return new Map(store.state.department.jobs.map((j) => [j.ticketId, j]))
}

/** The ticket after the department's steps due by `now` (the same object when none is). Pure. */
export function progress(ticket: StoredTicket, job: DepartmentJob | undefined, now: number): StoredTicket {
  if (!job || ticket.dispatchedAt !== job.dispatchedAt) return ticket
  const department = { kind: 'department' as const, departmentId: job.departmentId }
  let t = ticket
  if (t.status === 'dispatched' && job.startAt <= now)
    t = apply(t, { type: 'start', note: START_NOTE }, department, job.startAt)
  if (t.status === 'processing' && job.resolveAt <= now) {
    const note = (RESOLUTIONS[job.departmentId] ?? '已处理完毕') + (job.late ? LATE_NOTE : '')
    const photos = [seedPhoto(t.categoryId, 1, true)]
    t = apply(t, { type: 'resolve', note, photos }, department, job.resolveAt)
  }
  return t
}

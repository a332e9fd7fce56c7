import type { Store } from '../store'
import { apply } from '../tickets/lifecycle'
import type { StoredTicket } from '../tickets/model'
import { seedPhoto } from '../tickets/photos'
import { RESOLUTIONS } from '../tickets/seed-texts'
import type { DepartmentJob } from './model'
import { hastenedJob, planJob } from './timing'
import { notifyDepartmentLate } from '../notifications/grid-worker-messages'
import { DEPARTMENTS } from '../seed-reference'

/**
 * The simulated departments. Like the 7-day auto-close, their work is time-driven and applied
 * lazily when tickets are read (tickets/repo.settledTickets), dated when it was due, through
 * the lifecycle engine like any other actor. Tickets dispatched in the app get a job; the
 * seeded stories have none, so they stay as told (t-0004 and t-0013 stay overdue).
 */

const START_NOTE = '已接单，正在安排人员处理'
const LATE_NOTE = '（需要协调的事项较多，办结晚于承诺时间）'
const HASTENED_NOTE = '（收到网格员督办，已加快办理）'

/** A ticket was dispatched: the department plans its work (replacing any job of an earlier dispatch). */
export function takeOn(store: Store, ticket: StoredTicket, dispatchedAt: number): DepartmentJob {
  const job = planJob(ticket, ticket.departmentId ?? '', dispatchedAt)
  const jobs = store.state.department.jobs.filter((j) => j.ticketId !== ticket.id)
  store.state.department.jobs = [...jobs, job]
  return job
}

/** 督办: the department of the ticket hurries (no job: a seeded story, nothing changes). */
export function hasten(store: Store, ticketId: string, at: number): void {
  store.state.department.jobs = store.state.department.jobs.map((j) =>
    j.ticketId === ticketId ? hastenedJob(j, at) : j,
  )
}

/**
 * The deadline passed before the department resolved the ticket: its grid worker is told once,
 * dated at the deadline (checked before the department's steps are applied, so a job resolved
 * late still announces it).
 */
export function announceLate(
  store: Store,
  ticket: StoredTicket,
  job: DepartmentJob | undefined,
  now: number,
): void {
  if (!job || job.lateAnnounced || ticket.dispatchedAt !== job.dispatchedAt || ticket.deadline === null)
    return
  if (now <= ticket.deadline || job.resolveAt <= ticket.deadline) return
  const name = DEPARTMENTS.find((d) => d.id === job.departmentId)?.name ?? '承办部门'
  notifyDepartmentLate(store, ticket, name, ticket.deadline)
  store.state.department.jobs = store.state.department.jobs.map((j) =>
    j === job ? { ...j, lateAnnounced: true } : j,
  )
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
    const late = t.deadline !== null && job.resolveAt > t.deadline
    const note =
      (RESOLUTIONS[job.departmentId] ?? '已处理完毕') + (job.hastened ? HASTENED_NOTE : late ? LATE_NOTE : '')
    const photos = [seedPhoto(t.categoryId, 1, true)]
    t = apply(t, { type: 'resolve', note, photos }, department, job.resolveAt)
  }
  return t
}

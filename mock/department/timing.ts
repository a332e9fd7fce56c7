import { HOUR_MS, slaHoursOf } from '../tickets/rules'
import { ticketSeq, type StoredTicket } from '../tickets/model'
import type { DepartmentJob } from './model'

const MINUTE_MS = 60_000

/** How the simulated departments work, all in one place. Move the mock clock to see it happen. */
export const DEPARTMENT_TIMING = {
  /** a department picks a dispatched ticket up this long after the dispatch */
  startAfterMinutes: 60,
  /** an on-time ticket is resolved when this share of its SLA has passed since the dispatch… */
  onTimeShareOfSla: 0.6,
  /** …but never sooner than this after it was picked up */
  minWorkMinutes: 30,
  /** every n-th ticket (by its number: t-0005, t-0010, …) runs late on purpose */
  lateEvery: 5,
  /** a late ticket is resolved this long after its deadline */
  lateByHours: 12,
  /** after a 督办 the department finishes within this long (if it would have taken longer) */
  afterSuperviseHours: 2,
}

/** Whether the department will miss this ticket's deadline: decided by the ticket's number alone. */
export function runsLate(ticketId: string): boolean {
  return ticketSeq(ticketId) % DEPARTMENT_TIMING.lateEvery === 0
}

/** The department's plan for a ticket dispatched at `dispatchedAt`. */
export function planJob(ticket: StoredTicket, departmentId: string, dispatchedAt: number): DepartmentJob {
  const t = DEPARTMENT_TIMING
  const sla = slaHoursOf(ticket.categoryId) * HOUR_MS
  const startAt = dispatchedAt + t.startAfterMinutes * MINUTE_MS
  const late = runsLate(ticket.id)
  const onTime = Math.max(
    startAt + t.minWorkMinutes * MINUTE_MS,
    dispatchedAt + Math.round(sla * t.onTimeShareOfSla),
  )
  const resolveAt = late ? dispatchedAt + sla + t.lateByHours * HOUR_MS : onTime
  return {
    ticketId: ticket.id,
    departmentId,
    dispatchedAt,
    startAt,
    resolveAt,
    late,
    hastened: false,
    lateAnnounced: false,
  }
}

/** The plan after a 督办 at `at`: picked up at once if it was not yet, done within afterSuperviseHours. */
export function hastenedJob(job: DepartmentJob, at: number): DepartmentJob {
  const startAt = Math.min(job.startAt, at)
  const resolveAt = Math.max(
    startAt + 1,
    Math.min(job.resolveAt, at + DEPARTMENT_TIMING.afterSuperviseHours * HOUR_MS),
  )
  return { ...job, startAt, resolveAt, hastened: true }
}

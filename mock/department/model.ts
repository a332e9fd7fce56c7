import { z } from 'zod'
import { Id } from '../../src/contract'

/**
 * The simulated department's work list: one job per ticket dispatched in the app, with the
 * moments it will be picked up and resolved, fixed when it was dispatched (timing.ts).
 */
export const DepartmentJob = z.object({
  ticketId: Id,
  departmentId: Id,
  /** the dispatch this job answers; a later dispatch (after a reopen) replaces the job */
  dispatchedAt: z.number(),
  startAt: z.number(),
  resolveAt: z.number(),
  /** resolved after the deadline on purpose, so 超期 and 催办 have something to show */
  late: z.boolean(),
  /** the grid worker chased it (督办): the department hurried */
  hastened: z.boolean().default(false),
  /** the grid worker was told the deadline passed */
  lateAnnounced: z.boolean().default(false),
})
export type DepartmentJob = z.infer<typeof DepartmentJob>

export const DepartmentSlice = z.object({ jobs: z.array(DepartmentJob) })
export type DepartmentSlice = z.infer<typeof DepartmentSlice>

import { z } from 'zod'
import { get, GRID_WORKERS } from './endpoint'

/**
 * The workbench's counts, which 首页 and 我的 show on its entry card (and the queue on its tabs):
 * a file of their own, so the tab pages carry this one schema and not the workbench's.
 */

export const WorkbenchSummary = z.object({
  /** the 待处理 tab: waiting for the grid worker */
  pending: z.number().int().nonnegative(),
  /** the 已派单 tab: with a department */
  dispatched: z.number().int().nonnegative(),
  /** the 超期 tab */
  overdue: z.number().int().nonnegative(),
})
export type WorkbenchSummary = z.infer<typeof WorkbenchSummary>

export const endpoints = {
  workbenchSummary: get('/workbench/summary', {
    summary: '工作台入口的角标：待处理、已派单、超期的数量',
    access: GRID_WORKERS,
    response: WorkbenchSummary,
  }),
}

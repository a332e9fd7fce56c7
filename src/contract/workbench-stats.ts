import { z } from 'zod'
import { get } from './endpoint'
import { Id } from './common'

/** A calendar day in Zhengzhou time: 2026-11-28. */
export const IsoDate = z
  .string()
  .max(10, '日期格式应为 2026-11-28')
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-11-28')

export const StatsQuery = z
  .object({
    /** first day, inclusive; default 27 days before `to` */
    from: IsoDate.optional(),
    /** last day, inclusive; default today */
    to: IsoDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '开始日期不能晚于结束日期' })
export type StatsQuery = z.infer<typeof StatsQuery>

const Count = z.number().int().nonnegative()

/** Counts of tickets created in a span (a week, a category). */
export const StatsBucket = z.object({
  received: Count,
  resolved: Count,
  overdue: Count,
  solvedOnSpot: Count,
})
export type StatsBucket = z.infer<typeof StatsBucket>

/**
 * What a grid worker's work is judged by (考核), over the tickets of their grid reported in
 * [from, to], computed from the store on every request. received: reported; acceptedInLimit:
 * accepted within the 受理时限 of being reported; resolved: resolved or closed; overdue: the
 * department passed its deadline (still open, or resolved late); solvedOnSpot: resolved by the
 * grid worker (现场办结, also on patrol); satisfaction over the rated ones; median handling
 * hours from report to resolution.
 */
export const WorkbenchStats = StatsBucket.extend({
  from: IsoDate,
  to: IsoDate,
  acceptLimitHours: z.number().positive(),
  accepted: Count,
  acceptedInLimit: Count,
  satisfaction: z.object({
    rated: Count,
    /** mean stars, one decimal; null when none rated */
    meanStars: z.number().nullable(),
    /** share of ratings with 4 or 5 stars, 0..1; null when none rated */
    shareAtLeast4: z.number().min(0).max(1).nullable(),
  }),
  /** median hours from report to resolution, one decimal; null when none resolved */
  medianHandlingHours: z.number().nonnegative().nullable(),
  /** Monday-started weeks overlapping the span, oldest first */
  byWeek: z.array(StatsBucket.extend({ weekStart: IsoDate })),
  /** categories with at least one ticket, most received first */
  byCategory: z.array(StatsBucket.extend({ categoryId: Id, categoryName: z.string() })),
})
export type WorkbenchStats = z.infer<typeof WorkbenchStats>

export const endpoints = {
  workbenchStats: get('/workbench/stats', {
    summary: '考核统计：收到、按时受理、办结、超期、现场解决、满意度、办理时长中位数，按周和按分类',
    access: ['grid_worker'] as const,
    query: StatsQuery,
    response: WorkbenchStats,
    errors: ['VALIDATION_FAILED', 'FORBIDDEN'],
  }),
}

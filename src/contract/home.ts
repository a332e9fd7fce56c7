import { z } from 'zod'
import { ALL_ROLES, get } from './endpoint'
import { Id, IsoDateTime, ItemList } from './common'

/** A city notice for the banner on 首页 (台风预警, 停水通知, 活动招募). */
export const Notice = z.object({
  id: Id,
  title: z.string(),
  /** one line under the title on the banner */
  summary: z.string(),
  /** the whole notice, paragraphs separated by blank lines */
  body: z.string(),
  publisher: z.string(),
  publishedAt: IsoDateTime,
  /** the banner's colour family */
  tone: z.enum(['info', 'warning', 'event']),
})
export type Notice = z.infer<typeof Notice>

export const PublicStatsQuery = z.object({ communityId: Id.optional() })

/** What the city did this month, computed from the tickets, for a community or the whole area. */
export const PublicStats = z.object({
  /** 2026-12 */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  communityName: z.string().nullable(),
  /** 本月受理: reports received this month */
  received: z.number().int().nonnegative(),
  /** 本月办结: reports resolved this month */
  resolved: z.number().int().nonnegative(),
  /** 满意率: share of this month's ratings with 4 or 5 stars; null before the first rating */
  satisfaction: z.number().min(0).max(1).nullable(),
  /** 平均办结时长 in hours, from report to resolution, for this month's resolutions; null when none */
  averageHours: z.number().nonnegative().nullable(),
  /** the most reported leaf categories of the last 90 days, most first */
  topCategories: z.array(z.object({ categoryId: Id, name: z.string(), count: z.number().int().positive() })),
})
export type PublicStats = z.infer<typeof PublicStats>

export const endpoints = {
  listNotices: get('/notices', {
    summary: '首页的城市公告（最新在前）',
    access: ALL_ROLES,
    response: ItemList(Notice),
  }),

  getNotice: get('/notices/:id', {
    summary: '一条公告',
    access: ALL_ROLES,
    params: z.object({ id: Id }),
    response: Notice,
    errors: ['NOT_FOUND'],
  }),

  publicStats: get('/stats/public', {
    summary: '本月受理、本月办结、满意率、平均办结时长（按社区或全区），由问题数据算出',
    access: ALL_ROLES,
    query: PublicStatsQuery,
    response: PublicStats,
  }),
}

import type { Api } from '../../src/contract'
import { notFound } from '../errors'
import { findNotice, listNotices } from '../home/notices'
import { publicStats } from '../home/stats'
import type { Routes } from '../route-types'
import { settledTickets } from '../tickets/repo'

export const routes = {
  listNotices: (ctx) => ({ items: listNotices(ctx.clock.now()) }),

  getNotice: (ctx) => {
    const notice = findNotice(ctx.params.id, ctx.clock.now())
    if (!notice) throw notFound('没有找到这条公告')
    return notice
  },

  publicStats: (ctx) => {
    const now = ctx.clock.now()
    return publicStats(settledTickets(ctx.store, now), now, ctx.query.communityId)
  },
} satisfies Partial<Routes<Api>>

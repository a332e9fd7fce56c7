import { z } from 'zod'
import { get, PEOPLE } from './endpoint'
import { IsoDateTime } from './common'

/**
 * My points account, which 首页 and 我的 show on their entries (and the points pages in full): a
 * file of its own, so the tab pages carry this one schema and not the points domain's.
 */

export const PointsAccount = z.object({
  /** the sum of the ledger; never below zero */
  balance: z.number().int().nonnegative(),
  expiringSoon: z.object({
    /** points that expire before `until` unless spent first (spending uses the oldest points first) */
    points: z.number().int().nonnegative(),
    /** now + 30 days */
    until: IsoDateTime,
    /** when the first of them expires; null when none do */
    firstAt: IsoDateTime.nullable(),
  }),
  /** everything ever earned (report, rating, activity), refunds not counted */
  totalEarned: z.number().int().nonnegative(),
  /** my vouchers not yet used, cancelled or expired (all of them, not a page) */
  unusedVouchers: z.number().int().nonnegative(),
})
export type PointsAccount = z.infer<typeof PointsAccount>

export const endpoints = {
  pointsAccount: get('/points/account', {
    summary: '积分余额与 30 天内将过期的积分',
    access: PEOPLE,
    response: PointsAccount,
  }),
}

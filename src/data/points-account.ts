import { useQuery } from '@tanstack/react-query'
import { endpoints as api } from '@/contract/points-account'
import { call } from '@/api'
import { roots } from './keys'

/**
 * My points account, apart from src/data/points.ts: 首页 and 我的 show it on their entries, and the
 * tab pages (the weapp main package) should not carry the points domain for that.
 */
export const pointsAccountKey = [...roots.points, 'account'] as const

/** Balance, points expiring soon, and the count of my unused vouchers. */
export function useAccount() {
  return useQuery({ queryKey: pointsAccountKey, queryFn: () => call(api.pointsAccount) })
}

import { useQuery, useQueryClient } from '@tanstack/react-query'
import { api, type Redemption, type VoucherStatus } from '@/contract'
import { ApiError, call } from '@/api'
import { usePaged } from '@/api/paged'
import { accountKey, ledgerKey, pointsKey, rewardsKey, voucherKey, vouchersKey } from './keys'

const PAGE_SIZE = 20

export function useAccount() {
  return useQuery({ queryKey: accountKey, queryFn: () => call(api.pointsAccount) })
}

/** 积分明细, newest first. */
export function useLedger() {
  return usePaged(ledgerKey, (cursor) => call(api.pointsLedger, { query: { cursor, limit: PAGE_SIZE } }))
}

export function useRewards() {
  return usePaged(rewardsKey, (cursor) => call(api.listRewards, { query: { cursor, limit: PAGE_SIZE } }))
}

export function useVouchers(status: VoucherStatus | 'all') {
  return usePaged(vouchersKey(status), (cursor) =>
    call(api.listRedemptions, {
      query: { status: status === 'all' ? undefined : status, cursor, limit: PAGE_SIZE },
    }),
  )
}

/** The contract has no GET for one voucher: look for it through my vouchers, newest first. */
async function findVoucher(id: string): Promise<Redemption> {
  let cursor: string | undefined
  do {
    const page = await call(api.listRedemptions, { query: { cursor, limit: 50 } })
    const hit = page.items.find((v) => v.id === id)
    if (hit) return hit
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  throw new ApiError({ code: 'NOT_FOUND', status: 404, message: '没有找到这张兑换券' })
}

export function useVoucher(id: string) {
  return useQuery({ queryKey: voucherKey(id), queryFn: () => findVoucher(id), enabled: !!id })
}

/** Unused vouchers (the count on 我的). */
export function useUnusedCount() {
  return useQuery({
    queryKey: [...vouchersKey('issued'), 'count'],
    queryFn: async () => {
      const page = await call(api.listRedemptions, { query: { status: 'issued', limit: 50 } })
      return page.items.length
    },
  })
}

/**
 * A voucher changed (issued, cancelled): show it at once, and mark every points query stale —
 * balance, ledger, stock and my counts all moved; pages refetch when they show again.
 */
export function useApplyVoucher() {
  const qc = useQueryClient()
  return (v: Redemption) => {
    qc.setQueryData(voucherKey(v.id), v)
    void qc.invalidateQueries({
      predicate: (q) =>
        q.queryKey[0] === pointsKey[0] && !(q.queryKey[1] === 'voucher' && q.queryKey[2] === v.id),
    })
  }
}

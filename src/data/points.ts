import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type Redemption, type VoucherStatus } from '@/contract'
import { endpoints as api } from '@/contract/points'
import { call } from '@/api'
import { roots } from './keys'
import { PAGE_SIZE, usePaged } from './paged'
import { useWrite } from './write'
import { pointsAccountKey } from './points-account'

/** Everything about points lives under one root: one invalidation after any change of the balance. */
export const pointsKeys = {
  all: roots.points,
  account: pointsAccountKey,
  ledger: [...roots.points, 'ledger'] as const,
  rewards: [...roots.points, 'rewards'] as const,
  vouchers: (status: VoucherStatus | 'all') => [...roots.points, 'vouchers', status] as const,
  voucher: (id: string) => [...roots.points, 'voucher', id] as const,
}

/** 积分明细, newest first. */
export function useLedger() {
  return usePaged(pointsKeys.ledger, (cursor) =>
    call(api.pointsLedger, { query: { cursor, limit: PAGE_SIZE } }),
  )
}

export function useRewards() {
  return usePaged(pointsKeys.rewards, (cursor) =>
    call(api.listRewards, { query: { cursor, limit: PAGE_SIZE } }),
  )
}

export function useVouchers(status: VoucherStatus | 'all') {
  return usePaged(pointsKeys.vouchers(status), (cursor) =>
    call(api.listRedemptions, {
      query: { status: status === 'all' ? undefined : status, cursor, limit: PAGE_SIZE },
    }),
  )
}

export function useVoucher(id: string) {
  return useQuery({
    queryKey: pointsKeys.voucher(id),
    queryFn: () => call(api.getRedemption, { params: { id } }),
    enabled: !!id,
  })
}

/**
 * A voucher changed (issued, cancelled): show it at once, and mark every points query stale —
 * balance, ledger, stock and my counts all moved; pages refetch when they show again.
 */
function useApplyVoucher() {
  const qc = useQueryClient()
  return (v: Redemption) => {
    qc.setQueryData(pointsKeys.voucher(v.id), v)
    void qc.invalidateQueries({
      predicate: (q) =>
        q.queryKey[0] === roots.points[0] && !(q.queryKey[1] === 'voucher' && q.queryKey[2] === v.id),
    })
  }
}

/**
 * Redeem one piece of a reward. The write policy keeps the Idempotency-Key of this intent while
 * the answer is unknown (no network, a server error, a garbled answer), so 重试 — or tapping 兑换
 * again — repeats that same redemption: never two vouchers from one double tap or one lost answer.
 * A refusal means the page was out of date (stock, balance, my count): show how things stand now.
 */
export function useRedeem(rewardId: string) {
  const qc = useQueryClient()
  return useWrite(api.createRedemption, () => ({ body: { rewardId, quantity: 1 } }), {
    onSuccess: useApplyVoucher(),
    onError: () => void qc.invalidateQueries({ queryKey: roots.points }),
  })
}

/** 取消兑换: an unused voucher is void and its points come back, once. */
export function useCancelRedemption(id: string) {
  return useWrite(api.cancelRedemption, () => ({ params: { id } }), { onSuccess: useApplyVoucher() })
}

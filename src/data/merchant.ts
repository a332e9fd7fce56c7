import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type MerchantApplicationBody, type MerchantReward, type RewardBody } from '@/contract'
import { endpoints as merchantApi } from '@/contract/merchant'
import { endpoints as merchantShopApi } from '@/contract/merchant-shop'
import { endpoints as pointsApi } from '@/contract/points'
import { call } from '@/api'
import { roots } from './keys'
import { PAGE_SIZE, usePaged } from './paged'
import { useWrite } from './write'

/** The merchant's counter and books; the mall (a resident's view of rewards) lives under points. */
export const merchantKeys = {
  all: roots.merchant,
  preview: (code: string) => [...roots.merchant, 'preview', code] as const,
  totals: [...roots.merchant, 'totals'] as const,
  days: [...roots.merchant, 'days'] as const,
  statement: (month: string) => [...roots.merchant, 'statement', month] as const,
  rewards: [...roots.merchant, 'rewards'] as const,
}

/** The code as the resident shows it, spaces and dashes ignored. */
export const plainCode = (code: string) => code.replace(/[\s-]/g, '')

/** 我是商户: a new role changes what I may see everywhere (商户活动, 核销), so every cache goes stale. */
export function useApplyMerchant() {
  const qc = useQueryClient()
  return useWrite(merchantApi.applyMerchant, (body: MerchantApplicationBody) => ({ body }), {
    onSuccess: () => void qc.invalidateQueries(),
  })
}

/** 核销前查看: the voucher behind a code, read fresh each time (it changes nothing). */
export function useVoucherPreview(code: string | null) {
  return useQuery({
    queryKey: merchantKeys.preview(code ?? ''),
    queryFn: () => call(merchantShopApi.previewRedemption, { params: { code: plainCode(code ?? '') } }),
    enabled: !!code,
    retry: false,
    staleTime: 0,
    gcTime: 0,
  })
}

/**
 * 确认核销. The write policy keeps this intent's Idempotency-Key until a definite answer, so a
 * second tap or a retry after a lost answer replays the first 核销: 核销成功, never "already used".
 */
export function useVerifyRedemption() {
  const qc = useQueryClient()
  return useWrite(pointsApi.verifyRedemption, (code: string) => ({ body: { code: plainCode(code) } }), {
    onSuccess: () => void qc.invalidateQueries({ queryKey: roots.merchant }),
  })
}

export function useMerchantTotals() {
  return useQuery({ queryKey: merchantKeys.totals, queryFn: () => call(merchantShopApi.merchantTotals) })
}

/** 核销记录, a day per item, newest first. */
export function useRedemptionDays() {
  return usePaged(merchantKeys.days, async (cursor) => {
    const page = await call(merchantShopApi.merchantRedemptionDays, { query: { cursor, limit: PAGE_SIZE } })
    return { ...page, items: page.items.map((d) => ({ ...d, id: d.date })) }
  })
}

/** 对账单 of one month, 2026-11. */
export function useStatement(month: string) {
  return useQuery({
    queryKey: merchantKeys.statement(month),
    queryFn: () => call(merchantShopApi.merchantStatement, { query: { month } }),
  })
}

export function useMerchantRewards() {
  return usePaged(merchantKeys.rewards, (cursor) =>
    call(merchantShopApi.merchantRewards, { query: { cursor, limit: PAGE_SIZE } }),
  )
}

/** A reward changed: my list and the mall (everyone's rewards) are stale. */
function useRewardChanged() {
  const qc = useQueryClient()
  return (r: MerchantReward) => {
    void qc.invalidateQueries({ queryKey: roots.merchant })
    void qc.invalidateQueries({ queryKey: roots.points })
    return r
  }
}

export function useCreateReward() {
  return useWrite(merchantShopApi.createReward, (body: RewardBody) => ({ body }), {
    onSuccess: useRewardChanged(),
  })
}

export function useUpdateReward(id: string) {
  return useWrite(merchantShopApi.updateReward, (body: RewardBody) => ({ params: { id }, body }), {
    onSuccess: useRewardChanged(),
  })
}

export function usePauseReward(id: string) {
  return useWrite(merchantShopApi.pauseReward, (paused: boolean) => ({ params: { id }, body: { paused } }), {
    onSuccess: useRewardChanged(),
  })
}

export function useRestockReward(id: string) {
  return useWrite(merchantShopApi.restockReward, (add: number) => ({ params: { id }, body: { add } }), {
    onSuccess: useRewardChanged(),
  })
}

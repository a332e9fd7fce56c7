import { useQueryClient } from '@tanstack/react-query'
import { api, type MerchantApplicationBody } from '@/contract'
import { useWrite } from './write'

/** 我是商户: a new role changes what I may see everywhere (商户活动, 核销), so every cache goes stale. */
export function useApplyMerchant() {
  const qc = useQueryClient()
  return useWrite(api.applyMerchant, (body: MerchantApplicationBody) => ({ body }), {
    onSuccess: () => void qc.invalidateQueries(),
  })
}

/** 核销: the code as the resident shows it, spaces and dashes ignored. */
export function useVerifyRedemption() {
  return useWrite(api.verifyRedemption, (code: string) => ({ body: { code: code.replace(/[\s-]/g, '') } }))
}

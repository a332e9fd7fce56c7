import type { VoucherStatus } from '@/contract'

/** Everything about points lives under one root: one invalidation after any change of the balance. */
export const pointsKey = ['points'] as const
export const accountKey = ['points', 'account'] as const
export const ledgerKey = ['points', 'ledger'] as const
export const rewardsKey = ['points', 'rewards'] as const
export const vouchersKey = (status: VoucherStatus | 'all') => ['points', 'vouchers', status] as const
export const voucherKey = (id: string) => ['points', 'voucher', id] as const

import type { User } from '@/contract'

/** A merchant is a resident whose shop has been verified. */
export function isVerifiedMerchant(user: User | undefined): boolean {
  return user?.role === 'merchant' && user.merchant?.verified === true
}

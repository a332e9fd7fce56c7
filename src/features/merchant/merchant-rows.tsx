import Taro from '@tarojs/taro'
import type { User } from '@/contract'
import { LinkRow } from '@/components/entry-card'
import { ROUTES } from '@/components/routes'
import { isVerifiedMerchant } from './is-merchant'

/** 我的's 我是商户 row, and 核销兑换券 for a verified merchant. */
export function MerchantRows({ user }: { user: User | undefined }) {
  if (!user || user.role === 'grid_worker') return null
  const verified = isVerifiedMerchant(user)
  const pending = user.merchant && !user.merchant.verified
  return (
    <>
      <LinkRow
        title='我是商户'
        sub={
          verified
            ? '店铺已认证，可参加商户活动'
            : pending
              ? `${user.merchant?.shopName ?? ''} · 待认证，点此完成认证`
              : '认证店铺，参加商户活动、核销兑换券'
        }
        onClick={() => void Taro.navigateTo({ url: ROUTES.merchant })}
      />
      {verified && (
        <LinkRow
          title='核销兑换券'
          sub='扫描或输入居民的券码'
          onClick={() => void Taro.navigateTo({ url: ROUTES.verifyVoucher })}
        />
      )}
    </>
  )
}

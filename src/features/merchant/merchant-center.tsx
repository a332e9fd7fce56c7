import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MerchantVerification, User } from '@/contract'
import { ROUTES } from '@/components/routes'
import { isVerifiedMerchant } from './is-merchant'
import { MerchantForm, toastVerified } from './merchant-form'
import { ShopTotals } from './shop-totals'

function ShopCard({ shopName, justNow }: { shopName: string; justNow: boolean }) {
  return (
    <>
      <View className='card shop-card'>
        <Text className='shop-card__badge'>✓ 已认证商户</Text>
        <Text className='shop-card__name'>{shopName}</Text>
        {justNow && <Text className='notice'>认证成功！现在可以参加商户活动，并为居民核销兑换券。</Text>}
        <Button
          className='btn btn--primary btn--submit'
          onClick={() => void Taro.navigateTo({ url: ROUTES.verifyVoucher })}
        >
          核销兑换券
        </Button>
        <Button className='btn' onClick={() => void Taro.navigateTo({ url: ROUTES.shopBooks() })}>
          核销记录与对账单
        </Button>
        <Button className='btn' onClick={() => void Taro.navigateTo({ url: ROUTES.shopRewards })}>
          本店礼品（上架、补货）
        </Button>
        <Button className='btn' onClick={() => void Taro.navigateTo({ url: ROUTES.activities('merchant') })}>
          查看商户活动
        </Button>
      </View>
      {!justNow && <ShopTotals linked />}
    </>
  )
}

/** 我是商户: my verified shop and what it allows, or the form that verifies it. */
export function MerchantCenter({ user }: { user: User }) {
  const [verified, setVerified] = useState<MerchantVerification | null>(null)
  if (verified || isVerifiedMerchant(user)) {
    return (
      <ShopCard shopName={verified?.shop.shopName ?? user.merchant?.shopName ?? ''} justNow={!!verified} />
    )
  }
  return (
    <>
      {user.merchant && !user.merchant.verified && (
        <Text className='notice'>{`${user.merchant.shopName}：还没有通过认证，请填写下面的信息完成认证。`}</Text>
      )}
      <MerchantForm
        user={user}
        onVerified={(v) => {
          setVerified(v)
          toastVerified(v)
        }}
      />
    </>
  )
}

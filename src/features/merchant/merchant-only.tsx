import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { QueryState } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { useMe } from '@/data/auth'
import { isVerifiedMerchant } from './is-merchant'

/** A page of the shop: for its verified merchant; anyone else is sent to 我是商户. */
export function MerchantOnly({ children }: { children: ReactNode }) {
  const me = useMe()
  return (
    <QueryState isPending={me.isPending} error={me.error} onRetry={() => void me.refetch()}>
      {isVerifiedMerchant(me.data) ? (
        children
      ) : (
        <View className='state state--empty'>
          <Text className='state__text'>认证店铺后才能使用这里</Text>
          <Button
            className='btn btn--primary state__retry'
            onClick={() => void Taro.redirectTo({ url: ROUTES.merchant })}
          >
            去认证店铺
          </Button>
        </View>
      )}
    </QueryState>
  )
}

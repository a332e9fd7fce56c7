import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { QueryState } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { useMe } from '@/data/auth'
import { isVerifiedMerchant } from './is-merchant'
import { EmptyView } from '@/components/empty-state'

/** Instead of a shop's page, for someone without a verified shop: why, and the way to 我是商户. */
export function NotMerchant({ text }: { text: string }) {
  return (
    <EmptyView
      text={text}
      action={{ label: '去认证店铺', onClick: () => void Taro.redirectTo({ url: ROUTES.merchant }) }}
    />
  )
}

/** A page of the shop: for its verified merchant; anyone else is sent to 我是商户. */
export function MerchantOnly({ children }: { children: ReactNode }) {
  const me = useMe()
  return (
    <QueryState isPending={me.isPending} error={me.error} onRetry={() => void me.refetch()}>
      {isVerifiedMerchant(me.data) ? children : <NotMerchant text='认证店铺后才能使用这里' />}
    </QueryState>
  )
}

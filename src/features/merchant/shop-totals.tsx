import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Tally } from '@/contract'
import { useRefetchOnShow } from '@/api'
import { QueryState } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { useMerchantTotals } from '@/data/merchant'

function Cell({ label, t }: { label: string; t: Tally }) {
  return (
    <View className='shop-totals__cell'>
      <Text className='shop-totals__label'>{label}</Text>
      <Text className='shop-totals__value'>{`${t.vouchers} 张`}</Text>
      <Text className='shop-totals__sub'>{`${t.points} 积分`}</Text>
    </View>
  )
}

/** 今日 / 本月 / 累计 核销, and the vouchers residents still hold for my shop. */
export function ShopTotals({ linked = false }: { linked?: boolean }) {
  const totals = useMerchantTotals()
  useRefetchOnShow(() => totals.refetch())
  return (
    <View
      className='card shop-totals'
      onClick={linked ? () => void Taro.navigateTo({ url: ROUTES.shopBooks() }) : undefined}
    >
      <Text className='card__title'>{linked ? '本店核销 ›' : '本店核销'}</Text>
      <QueryState isPending={totals.isPending} error={totals.error} onRetry={() => void totals.refetch()}>
        {totals.data && (
          <>
            <View className='shop-totals__row'>
              <Cell label='今天' t={totals.data.today} />
              <Cell label='本月' t={totals.data.thisMonth} />
              <Cell label='累计' t={totals.data.allTime} />
            </View>
            <Text className='muted'>{`居民手中还有 ${totals.data.outstanding} 张本店的券未使用`}</Text>
          </>
        )}
      </QueryState>
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PagedList } from '@/components/paged-list'
import { ROUTES } from '@/components/routes'
import { usePageRefresh } from '@/components/use-page-refresh'
import { RewardCard } from './reward-card'
import { useAccount } from '@/data/points-account'
import { useRewards } from '@/data/points'

/** 积分商城: my balance on top, then every reward with its 兑换. */
export function Mall() {
  const account = useAccount()
  const rewards = useRewards()
  usePageRefresh(() => Promise.all([account.refetch(), rewards.query.refetch()]), rewards.loadMore)
  const balance = account.data?.balance

  return (
    <>
      <View className='card mall-head'>
        <View>
          <Text className='mall-head__label'>我的积分</Text>
          <Text className='mall-head__value'>{balance === undefined ? '…' : `${balance} 分`}</Text>
        </View>
        <Text className='mall-head__link' onClick={() => void Taro.navigateTo({ url: ROUTES.vouchers })}>
          我的兑换券 ›
        </Text>
      </View>
      <PagedList
        query={rewards.query}
        items={rewards.items}
        render={(r) => <RewardCard key={r.id} reward={r} balance={balance} />}
        empty={<Text className='state__text'>礼品正在上架，过几天再来看看</Text>}
      />
    </>
  )
}

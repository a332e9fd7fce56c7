import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import type { PointsAccount } from '@/contract'
import { ROUTES } from '@/components/routes'

function expiringText(a: PointsAccount): string {
  const { points, firstAt } = a.expiringSoon
  if (points === 0) return '30 天内没有要过期的积分'
  const first = firstAt ? `，最早 ${dayjs(firstAt).format('M月D日')} 过期` : ''
  return `${points} 分将在 30 天内过期${first}，请尽快使用`
}

/** 我的积分: the balance, large; what expires soon; the ways to spend it. */
export function BalanceCard({ account, links = true }: { account: PointsAccount; links?: boolean }) {
  const expiring = account.expiringSoon.points > 0
  return (
    <View className='card balance-card'>
      <Text className='balance-card__label'>我的积分</Text>
      <View className='balance-card__row'>
        <Text className='balance-card__value' aria-label={`积分余额 ${account.balance} 分`}>
          {account.balance}
        </Text>
        <Text className='balance-card__unit'>分</Text>
      </View>
      <Text className={`balance-card__expiring ${expiring ? 'balance-card__expiring--soon' : ''}`}>
        {expiringText(account)}
      </Text>
      <Text className='muted'>累计获得 {account.totalEarned} 分</Text>
      {links && (
        <View className='button-pair'>
          <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: ROUTES.mall })}>
            积分商城
          </Button>
          <Button className='btn' onClick={() => void Taro.navigateTo({ url: ROUTES.vouchers })}>
            我的兑换券
          </Button>
        </View>
      )}
    </View>
  )
}

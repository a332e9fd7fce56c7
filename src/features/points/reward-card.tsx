import { Button, Image, Text, View } from '@tarojs/components'
import type { Reward } from '@/contract'
import { errorMessage } from '@/api'
import { useRedeemFlow } from './use-redeem'

function buttonText(r: Reward, pending: boolean): string {
  if (pending) return '正在兑换…'
  if (r.stock === 0) return '已兑完'
  if (r.myCount >= r.perPersonLimit) return '已达兑换上限'
  return '兑换'
}

/** One reward: picture, cost, stock, per-person limit, the shop that offers it, and 兑换. */
export function RewardCard({ reward: r, balance }: { reward: Reward; balance: number | undefined }) {
  const { start, retry, redeem, canRetry } = useRedeemFlow(r, balance)
  const unavailable = r.stock === 0 || r.myCount >= r.perPersonLimit
  return (
    <View className='card reward-card'>
      <View className='reward-card__main'>
        <Image
          className='reward-card__img'
          src={r.imageUrl}
          mode='aspectFill'
          aria-label={r.title}
          imgProps={{ alt: r.title }}
        />
        <View className='reward-card__body'>
          <Text className='reward-card__title'>{r.title}</Text>
          <Text className='reward-card__cost'>{r.cost} 分</Text>
          <Text className='reward-card__shop'>{r.merchant.name}</Text>
        </View>
      </View>
      <Text className='reward-card__desc'>{r.description}</Text>
      <View className='reward-card__facts'>
        <Text className={r.stock === 0 ? 'reward-card__out' : ''}>
          {r.stock > 0 ? `库存 ${r.stock} 份` : '已兑完'}
        </Text>
        <Text>{`每人限兑 ${r.perPersonLimit} 份${r.myCount > 0 ? `，您已兑 ${r.myCount} 份` : ''}`}</Text>
        <Text>{`兑换后 ${r.validDays} 天内有效 · ${r.merchant.address}`}</Text>
      </View>
      <Button
        className={`btn ${unavailable && !canRetry ? 'btn--muted' : 'btn--primary'}`}
        disabled={redeem.isPending || (unavailable && !canRetry)}
        onClick={() => void start()}
      >
        {buttonText(r, redeem.isPending)}
      </Button>
      {redeem.error ? <Text className='form-error'>{errorMessage(redeem.error)}</Text> : null}
      {canRetry && (
        <Button className='btn' onClick={retry}>
          重试
        </Button>
      )}
    </View>
  )
}

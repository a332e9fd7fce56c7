import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Redemption } from '@/contract'
import { ROUTES } from '@/components/routes'
import { shortDateTime } from '@/components/time'
import { VoucherHead } from './voucher-status'

function whenText(v: Redemption): string {
  if (v.status === 'used' && v.usedAt) return `${shortDateTime(v.usedAt)} 已使用`
  if (v.status === 'cancelled' && v.cancelledAt) return `${shortDateTime(v.cancelledAt)} 已取消，积分已退回`
  if (v.status === 'expired') return `${shortDateTime(v.expiresAt)} 已过期，积分已退回`
  return `有效期至 ${shortDateTime(v.expiresAt)}`
}

/** One voucher in 我的兑换券; tapping it opens the voucher with its QR code. */
export function VoucherCard({ voucher: v }: { voucher: Redemption }) {
  return (
    <View className='card voucher-card' onClick={() => void Taro.navigateTo({ url: ROUTES.voucher(v.id) })}>
      <Image
        className='voucher-card__img'
        src={v.reward.imageUrl}
        mode='aspectFill'
        imgProps={{ alt: v.reward.title }}
      />
      <View className='voucher-card__body'>
        <VoucherHead voucher={v} block='voucher-card' />
        <Text className='voucher-card__line'>{v.merchant.name}</Text>
        <Text className='voucher-card__line'>{whenText(v)}</Text>
      </View>
    </View>
  )
}

import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { type Redemption } from '@/contract'
import { errorMessage } from '@/api'
import { dialogs } from '@/components/dialog'
import { useCancelRedemption } from '@/data/points'

/** What the cancel dialog says; refunded points keep their dates, so some may expire soon. */
export function refundWarning(v: Redemption): string {
  const base = `取消后券码作废，${v.points} 分退回您的积分账户。`
  const soon = v.refundExpiringSoon
  if (!soon) return base
  const when = dayjs(soon.firstAt)
  const date = when.isBefore(dayjs()) ? '退回后立即' : `${when.format('M月D日')}起`
  return `${base}注意：其中 ${soon.points} 分是较早获得的积分，${date}过期，请尽快使用。`
}

/** 取消兑换: an unused voucher is void and its points come back, once. */
export function CancelVoucher({ voucher: v }: { voucher: Redemption }) {
  const cancel = useCancelRedemption(v.id)
  const confirm = async () => {
    if (cancel.isPending) return
    const yes = await dialogs.confirm({
      title: '取消兑换',
      content: refundWarning(v),
      confirmText: '取消兑换',
      cancelText: '再想想',
    })
    if (yes)
      cancel.mutate(undefined, {
        onSuccess: (done) => void Taro.showToast({ title: `已退回 ${done.points} 分`, icon: 'success' }),
      })
  }
  return (
    <View className='card'>
      <Text className='muted'>不想要了？未使用的券可以取消，积分会退回。</Text>
      <Button className='btn btn--danger' disabled={cancel.isPending} onClick={() => void confirm()}>
        {cancel.isPending ? '正在取消…' : '取消兑换，退回积分'}
      </Button>
      {cancel.error ? <Text className='form-error'>{errorMessage(cancel.error)}</Text> : null}
    </View>
  )
}

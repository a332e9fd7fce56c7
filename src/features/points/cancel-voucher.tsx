import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type Redemption } from '@/contract'
import { errorMessage } from '@/api'
import { useCancelRedemption } from '@/data/points'

/** 取消兑换: an unused voucher is void and its points come back, once. */
export function CancelVoucher({ voucher: v }: { voucher: Redemption }) {
  const cancel = useCancelRedemption(v.id)
  const confirm = async () => {
    if (cancel.isPending) return
    const { confirm: yes } = await Taro.showModal({
      title: '取消兑换',
      content: `取消后券码作废，${v.points} 分退回您的积分账户。`,
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

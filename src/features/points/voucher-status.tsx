import { Text, View } from '@tarojs/components'
import { VOUCHER_STATUS_LABELS, type Redemption, type VoucherStatus } from '@/contract'

export function VoucherStatusTag({ status }: { status: VoucherStatus }) {
  return <Text className={`voucher-status voucher-status--${status}`}>{VOUCHER_STATUS_LABELS[status]}</Text>
}

/** A voucher's status and what it is for (× how many), in the card (`voucher-card`) and the voucher (`voucher`). */
export function VoucherHead({
  voucher: v,
  block,
}: {
  voucher: Redemption
  block: 'voucher' | 'voucher-card'
}) {
  return (
    <View className={`${block}__head`}>
      <VoucherStatusTag status={v.status} />
      <Text className={`${block}__title`}>
        {v.reward.title}
        {v.quantity > 1 ? ` × ${v.quantity}` : ''}
      </Text>
    </View>
  )
}

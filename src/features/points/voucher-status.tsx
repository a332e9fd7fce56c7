import { Text } from '@tarojs/components'
import { VOUCHER_STATUS_LABELS, type VoucherStatus } from '@/contract'

export function VoucherStatusTag({ status }: { status: VoucherStatus }) {
  return <Text className={`voucher-status voucher-status--${status}`}>{VOUCHER_STATUS_LABELS[status]}</Text>
}

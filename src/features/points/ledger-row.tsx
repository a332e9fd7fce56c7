import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { LEDGER_REASON_LABELS, type LedgerEntry, type LedgerReason } from '@/contract'
import { ROUTES } from '@/components/routes'
import { shortDateTime } from '@/components/time'
import { signed } from './labels'

/** Where an entry's reference leads, in words a person taps. */
function refLink(reason: LedgerReason, ref: string): { text: string; url: string } | null {
  if (reason === 'activity') return { text: '查看活动', url: ROUTES.activity(ref) }
  if (reason === 'redemption' || reason === 'refund') return { text: '查看兑换券', url: ROUTES.voucher(ref) }
  if (reason === 'report_accepted' || reason === 'rating')
    return { text: '查看问题', url: ROUTES.ticket(ref) }
  return null
}

/** One line of the ledger: amount, why, what it concerns, when, and the balance after it. */
export function LedgerRow({ entry: e }: { entry: LedgerEntry }) {
  const link = e.ref ? refLink(e.reason, e.ref) : null
  return (
    <View className='ledger-row'>
      <View className='ledger-row__main'>
        <Text className='ledger-row__reason'>{LEDGER_REASON_LABELS[e.reason]}</Text>
        <Text className={`ledger-row__amount ledger-row__amount--${e.amount > 0 ? 'in' : 'out'}`}>
          {signed(e.amount)}
        </Text>
      </View>
      <Text className='ledger-row__note'>{e.note}</Text>
      <View className='ledger-row__meta'>
        <Text>{shortDateTime(e.at)}</Text>
        <Text>余额 {e.balanceAfter}</Text>
      </View>
      {e.ref && (
        <View className='ledger-row__ref'>
          <Text className='ledger-row__ref-id'>编号 {e.ref}</Text>
          {link && (
            <Text className='ledger-row__link' onClick={() => void Taro.navigateTo({ url: link.url })}>
              {link.text} ›
            </Text>
          )}
        </View>
      )}
    </View>
  )
}

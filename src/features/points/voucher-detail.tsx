import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { VOUCHER_STATUS_LABELS, type Redemption } from '@/contract'
import { groupedCode } from '@/components/format'
import { QrCode } from '@/components/qr-code'
import { ItemPage } from '@/components/item-page'
import { ROUTES } from '@/components/routes'
import { shortDateTime } from '@/components/time'
import { CancelVoucher } from './cancel-voucher'
import { useVoucher } from '@/data/points'
import { VoucherHead } from './voucher-status'
import type { EmptyProps } from '@/components/empty-state'

function Row({ label, children }: { label: string; children: string }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className='info-row__value'>{children}</Text>
    </View>
  )
}

function Ticket({ voucher: v }: { voucher: Redemption }) {
  const code = groupedCode(v.code)
  return (
    <View className='card voucher'>
      <VoucherHead voucher={v} block='voucher' />
      <Text className='muted'>{`${v.merchant.name} · ${v.merchant.address}`}</Text>
      {v.status === 'issued' ? (
        <View className='voucher__qr'>
          <QrCode value={v.code} label={`券码 ${code} 的二维码`} />
          <Text className='voucher__how'>到店请出示此二维码，由商户扫码核销</Text>
        </View>
      ) : (
        <View className={`voucher__void voucher__void--${v.status}`}>
          <Text>{VOUCHER_STATUS_LABELS[v.status]}</Text>
        </View>
      )}
      <Text className={`voucher__code ${v.status === 'issued' ? '' : 'voucher__code--void'}`}>{code}</Text>
      <Row label='兑换时间'>{shortDateTime(v.createdAt)}</Row>
      <Row label='有效期至'>{shortDateTime(v.expiresAt)}</Row>
      {v.usedAt && <Row label='使用时间'>{shortDateTime(v.usedAt)}</Row>}
      {v.cancelledAt && <Row label='取消时间'>{shortDateTime(v.cancelledAt)}</Row>}
      <Row label='花费积分'>{`${v.points} 分${v.status === 'cancelled' || v.status === 'expired' ? '（已退回）' : ''}`}</Row>
    </View>
  )
}

const NOT_FOUND: EmptyProps = {
  text: '没有找到这张兑换券',
  action: { label: '查看我的兑换券', onClick: () => void Taro.redirectTo({ url: ROUTES.vouchers }) },
}

/** 兑换券: the QR code and the code in large type, its status and dates, and 取消兑换 while unused. */
export function VoucherDetail({ id }: { id: string }) {
  const voucher = useVoucher(id)
  return (
    <ItemPage id={id} query={voucher} notFound={NOT_FOUND}>
      {(v) => (
        <>
          <Ticket voucher={v} />
          {v.status === 'issued' && <CancelVoucher voucher={v} />}
        </>
      )}
    </ItemPage>
  )
}

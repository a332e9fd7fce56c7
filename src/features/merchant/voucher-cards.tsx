import { Button, Image, Text, View } from '@tarojs/components'
import { VOUCHER_STATUS_LABELS, type VerifiedRedemption } from '@/contract'
import { InfoRow } from '@/components/info-row'
import { groupedCode } from '@/components/format'
import { shortDateTime } from '@/components/time'

const pieces = (v: VerifiedRedemption) => `${v.reward.title}${v.quantity > 1 ? ` × ${v.quantity}` : ''}`

/** Why a voucher cannot be used now, in words the merchant can say to the resident. */
function blocked(v: VerifiedRedemption): string | null {
  if (v.status === 'used')
    return `这张券已于 ${v.usedAt ? shortDateTime(v.usedAt) : ''} 核销过了，不能再次核销`
  if (v.status === 'cancelled') return '这张券已被持券人取消，不能核销'
  if (v.status === 'expired') return '这张券已过期，不能核销'
  return null
}

/** The voucher before 确认核销: what, whose (masked), until when, and whether it can be used. */
export function VoucherPreviewCard({
  v,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  v: VerifiedRedemption
  busy: boolean
  error: string | null
  onConfirm: () => void
  onCancel: () => void
}) {
  const why = blocked(v)
  return (
    <View className='card voucher-preview'>
      <View className='voucher-preview__head'>
        <Image className='voucher-preview__image' src={v.reward.imageUrl} mode='aspectFill' />
        <View className='voucher-preview__what'>
          <Text className='voucher-preview__title'>{pieces(v)}</Text>
          <Text className={`voucher-preview__status voucher-preview__status--${v.status}`}>
            {VOUCHER_STATUS_LABELS[v.status]}
          </Text>
        </View>
      </View>
      <InfoRow label='持券人'>{v.holderName}</InfoRow>
      <InfoRow label='券码'>{groupedCode(v.code)}</InfoRow>
      <InfoRow label='积分'>{`${v.points} 分`}</InfoRow>
      <InfoRow label='有效期至'>{shortDateTime(v.expiresAt)}</InfoRow>
      {why ? (
        <Text className='notice'>{why}</Text>
      ) : (
        <Button className='btn btn--primary btn--submit' disabled={busy} onClick={onConfirm}>
          {busy ? '正在核销…' : '确认核销'}
        </Button>
      )}
      {error && <Text className='form-error'>{error}</Text>}
      <Button className='btn' disabled={busy} onClick={onCancel}>
        {why ? '核销其他券' : '不是这张，重新输入'}
      </Button>
    </View>
  )
}

export function VerifiedCard({ v, onNext }: { v: VerifiedRedemption; onNext: () => void }) {
  return (
    <View className='card verified'>
      <Text className='verified__title'>✓ 核销成功</Text>
      <Text className='verified__reward'>{pieces(v)}</Text>
      <InfoRow label='持券人'>{v.holderName}</InfoRow>
      <InfoRow label='券码'>{groupedCode(v.code)}</InfoRow>
      <InfoRow label='核销时间'>{v.usedAt ? shortDateTime(v.usedAt) : ''}</InfoRow>
      <Button className='btn btn--primary btn--submit' onClick={onNext}>
        继续核销下一张
      </Button>
    </View>
  )
}

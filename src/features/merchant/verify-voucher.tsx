import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type User } from '@/contract'
import { ApiError, errorMessage } from '@/api'
import { useVerifyRedemption, useVoucherPreview } from '@/data/merchant'
import { CodeEntry } from '@/components/code-entry'
import { isVerifiedMerchant } from './is-merchant'
import { VoucherPreviewCard, VerifiedCard } from './voucher-cards'
import { NotMerchant } from './merchant-only'

function refusal(e: unknown): string {
  if (e instanceof ApiError && e.fields.code) return e.fields.code
  return errorMessage(e)
}

/**
 * 核销 at the counter: the merchant scans the resident's QR code or types its 12 digits, sees
 * the voucher (reward, holder 王**, expiry, status) and only then 确认核销 — own rewards only,
 * once. A second tap, or a retry after a lost answer, replays the same 核销 (核销成功).
 */
export function VerifyVoucher({ user }: { user: User }) {
  const [code, setCode] = useState<string | null>(null)
  const [round, setRound] = useState(0)
  const preview = useVoucherPreview(code)
  const verify = useVerifyRedemption()
  if (!isVerifiedMerchant(user)) return <NotMerchant text='只有认证商户可以核销兑换券' />

  const next = () => {
    setCode(null)
    verify.reset()
    setRound((n) => n + 1)
  }
  const done = verify.data && verify.data.code === preview.data?.code ? verify.data : null
  const busy = preview.isFetching || verify.isPending

  return (
    <>
      <View className='card'>
        <Text className='card__title'>{`核销兑换券 · ${user.merchant?.shopName ?? ''}`}</Text>
        <Text className='muted'>
          请居民出示兑换券，扫描二维码或输入券码，核对后再确认核销。只能核销本店的礼品券，每张券只能核销一次。
        </Text>
        {!code && (
          <CodeEntry
            key={round}
            scanLabel='扫码核销'
            inputLabel='券码'
            placeholder='12 位数字券码'
            submitLabel='查看这张券'
            numeric
            busy={busy}
            onCode={setCode}
          />
        )}
        {code && preview.isPending && <Text className='muted'>正在查找这张券…</Text>}
        {code && preview.error ? (
          <>
            <Text className='form-error'>{refusal(preview.error)}</Text>
            <Button className='btn btn--primary btn--submit' onClick={next}>
              重新输入券码
            </Button>
          </>
        ) : null}
      </View>
      {done && <VerifiedCard v={done} onNext={next} />}
      {!done && preview.data && (
        <VoucherPreviewCard
          v={preview.data}
          busy={verify.isPending}
          error={verify.error ? refusal(verify.error) : null}
          onConfirm={() => verify.mutate(preview.data.code)}
          onCancel={next}
        />
      )}
    </>
  )
}

import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { type User, type VerifiedRedemption } from '@/contract'
import { ApiError, errorMessage } from '@/api'
import { useVerifyRedemption } from '@/data/merchant'
import { CodeEntry } from '@/components/code-entry'
import { groupedCode } from '@/components/format'
import { ROUTES } from '@/components/routes'
import { shortDateTime } from '@/components/time'
import { isVerifiedMerchant } from './is-merchant'

function refusal(e: unknown): string {
  if (e instanceof ApiError && e.fields.code) return e.fields.code
  return errorMessage(e)
}

function Verified({ v }: { v: VerifiedRedemption }) {
  return (
    <View className='card verified'>
      <Text className='verified__title'>✓ 核销成功</Text>
      <Text className='verified__reward'>
        {v.reward.title}
        {v.quantity > 1 ? ` × ${v.quantity}` : ''}
      </Text>
      <View className='info-row'>
        <Text className='info-row__label'>持券人</Text>
        <Text className='info-row__value'>{v.holderName}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>券码</Text>
        <Text className='info-row__value'>{groupedCode(v.code)}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>核销时间</Text>
        <Text className='info-row__value'>{v.usedAt ? shortDateTime(v.usedAt) : ''}</Text>
      </View>
    </View>
  )
}

/** 核销: the merchant scans the resident's QR code, or types its 12 digits; own rewards only, once. */
export function VerifyVoucher({ user }: { user: User }) {
  const [round, setRound] = useState(0)
  const verify = useVerifyRedemption()
  if (!isVerifiedMerchant(user)) {
    return (
      <View className='state state--empty'>
        <Text className='state__text'>只有认证商户可以核销兑换券</Text>
        <Button
          className='btn btn--primary state__retry'
          onClick={() => void Taro.redirectTo({ url: ROUTES.merchant })}
        >
          去认证店铺
        </Button>
      </View>
    )
  }
  return (
    <>
      <View className='card'>
        <Text className='card__title'>{`核销兑换券 · ${user.merchant?.shopName ?? ''}`}</Text>
        <Text className='muted'>
          请居民出示兑换券，扫描二维码或输入券码。只能核销本店的礼品券，每张券只能核销一次。
        </Text>
        <CodeEntry
          key={round}
          scanLabel='扫码核销'
          inputLabel='券码'
          placeholder='12 位数字券码'
          submitLabel='核销'
          numeric
          busy={verify.isPending}
          onCode={(code) =>
            !verify.isPending && verify.mutate(code, { onSuccess: () => setRound((n) => n + 1) })
          }
        />
        {verify.error ? <Text className='form-error'>{refusal(verify.error)}</Text> : null}
      </View>
      {verify.data && !verify.error && <Verified v={verify.data} />}
    </>
  )
}

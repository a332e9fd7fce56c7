import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { MerchantApplicationBody, type MerchantVerification, type User } from '@/contract'
import { ApiError, errorMessage } from '@/api'
import { useApplyMerchant } from '@/data/merchant'

type Field = 'shopName' | 'address' | 'licenceNo'
type Errors = Partial<Record<Field | 'form', string>>

const FIELDS: { field: Field; label: string; placeholder: string; max: number }[] = [
  { field: 'shopName', label: '店铺名称', placeholder: '与招牌一致，如：老刘烩面馆', max: 30 },
  { field: 'address', label: '店铺地址', placeholder: '如：中原区创业路 18 号', max: 80 },
  { field: 'licenceNo', label: '营业执照号', placeholder: '18 位统一社会信用代码', max: 18 },
]

/** The first message for each field, from the contract's own checks. */
function check(values: Record<Field, string>): Errors {
  const parsed = MerchantApplicationBody.safeParse(values)
  if (parsed.success) return {}
  const errors: Errors = {}
  for (const issue of parsed.error.issues) {
    const f = issue.path[0] as Field
    errors[f] ??= issue.message
  }
  return errors
}

function serverErrors(e: unknown): Errors {
  if (e instanceof ApiError && Object.keys(e.fields).length) return e.fields as Errors
  return { form: errorMessage(e) }
}

/** 我是商户: shop name, address and business licence number; the mock verifies at once. */
export function MerchantForm({
  user,
  onVerified,
}: {
  user: User
  onVerified: (v: MerchantVerification) => void
}) {
  const [values, setValues] = useState<Record<Field, string>>({
    shopName: user.merchant?.shopName ?? '',
    address: '',
    licenceNo: '',
  })
  const [errors, setErrors] = useState<Errors>({})
  const apply = useApplyMerchant()
  const submit = () => {
    if (apply.isPending) return
    const found = check(values)
    setErrors(found)
    if (Object.keys(found).length === 0)
      apply.mutate(values, { onSuccess: onVerified, onError: (e) => setErrors(serverErrors(e)) })
  }

  return (
    <View className='card merchant-form'>
      <Text className='card__title'>认证我的店铺</Text>
      <Text className='muted'>认证后可以参加商户活动、提供积分礼品、核销居民的兑换券。</Text>
      {FIELDS.map(({ field, label, placeholder, max }) => (
        <View key={field} className='merchant-form__field'>
          <Text className='list-row__title'>{label}</Text>
          <Input
            className='input'
            value={values[field]}
            maxlength={max}
            placeholder={placeholder}
            aria-label={label}
            onInput={(e) => {
              setValues((v) => ({ ...v, [field]: e.detail.value }))
              setErrors((x) => ({ ...x, [field]: undefined, form: undefined }))
            }}
          />
          {errors[field] && <Text className='form-error'>{errors[field]}</Text>}
        </View>
      ))}
      <Text className='muted'>营业执照号即执照上的“统一社会信用代码”，共 18 位。</Text>
      {errors.form && <Text className='form-error'>{errors.form}</Text>}
      <Button className='btn btn--primary btn--submit' disabled={apply.isPending} onClick={submit}>
        {apply.isPending ? '正在核验…' : '提交认证'}
      </Button>
    </View>
  )
}

export function toastVerified(v: MerchantVerification) {
  void Taro.showToast({ title: `${v.shop.shopName} 已认证`, icon: 'success' })
}

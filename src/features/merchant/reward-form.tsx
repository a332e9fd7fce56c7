import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Fragment, useState } from 'react'
import { REWARD_PICTURES, RewardBody, RewardPicture, type MerchantReward } from '@/contract'
import { ApiError, errorMessage } from '@/api'
import { QueryState } from '@/components/query-state'
import { useCreateReward, useMerchantRewards, useUpdateReward } from '@/data/merchant'

type Field = keyof RewardBody
type Values = Record<Exclude<Field, 'picture'>, string> & { picture: RewardPicture }
type Errors = Partial<Record<Field | 'form', string>>

/** The reward's texts: its name, and a line about it (several lines may be written). */
const TEXTS = [
  { field: 'title', label: '礼品名称', maxlength: 20, placeholder: '如：胡辣汤一碗', multiline: false },
  {
    field: 'description',
    label: '说明',
    maxlength: 80,
    placeholder: '如：早上 6 点到 10 点供应，堂食',
    multiline: true,
  },
] as const

const NUMBERS: { field: 'cost' | 'stock' | 'perPersonLimit' | 'validDays'; label: string; unit: string }[] = [
  { field: 'cost', label: '所需积分', unit: '分' },
  { field: 'stock', label: '库存', unit: '份' },
  { field: 'perPersonLimit', label: '每人限兑', unit: '份' },
  { field: 'validDays', label: '有效天数', unit: '天' },
]

const EMPTY: Values = {
  title: '',
  description: '',
  picture: 'gift',
  cost: '20',
  stock: '20',
  perPersonLimit: '1',
  validDays: '30',
}

function valuesOf(r: MerchantReward): Values {
  return {
    title: r.title,
    description: r.description,
    picture: r.picture,
    cost: String(r.cost),
    stock: String(r.stock),
    perPersonLimit: String(r.perPersonLimit),
    validDays: String(r.validDays),
  }
}

function parse(v: Values) {
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s))
  return RewardBody.safeParse({
    ...v,
    cost: num(v.cost),
    stock: num(v.stock),
    perPersonLimit: num(v.perPersonLimit),
    validDays: num(v.validDays),
  })
}

function FieldError({ text }: { text?: string }) {
  return text ? <Text className='form-error'>{text}</Text> : null
}

function Form({ reward }: { reward: MerchantReward | null }) {
  const [values, setValues] = useState<Values>(reward ? valuesOf(reward) : EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const create = useCreateReward()
  const update = useUpdateReward(reward?.id ?? '')
  const saving = create.isPending || update.isPending
  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }))
    setErrors({})
  }
  const submit = () => {
    const parsed = parse(values)
    if (!parsed.success) {
      const found: Errors = {}
      for (const issue of parsed.error.issues) found[issue.path[0] as Field] ??= issue.message
      setErrors(found)
      return
    }
    const done = {
      onSuccess: (r: MerchantReward) => {
        void Taro.showToast({ title: reward ? '已保存' : '已上架', icon: 'success' })
        setTimeout(() => void Taro.navigateBack(), 600)
        return r
      },
      onError: (e: Error) =>
        setErrors(
          e instanceof ApiError && Object.keys(e.fields).length ? e.fields : { form: errorMessage(e) },
        ),
    }
    if (reward) update.mutate(parsed.data, done)
    else create.mutate(parsed.data, done)
  }

  return (
    <View className='card reward-form'>
      {TEXTS.map(({ field, label, maxlength, placeholder, multiline }) => {
        const text = {
          value: values[field],
          maxlength,
          placeholder,
          'aria-label': label,
          onInput: (e: { detail: { value: string } }) => set({ [field]: e.detail.value }),
        }
        return (
          <Fragment key={field}>
            <Text className='list-row__title'>{label}</Text>
            {multiline ? (
              <Textarea className='input reward-form__desc' {...text} />
            ) : (
              <Input className='input' {...text} />
            )}
            <FieldError text={errors[field]} />
          </Fragment>
        )
      })}
      <Text className='list-row__title'>图片</Text>
      <View className='reward-form__pictures' role='radiogroup' aria-label='图片'>
        {RewardPicture.options.map((p) => (
          <View
            key={p}
            role='radio'
            aria-checked={values.picture === p}
            aria-label={REWARD_PICTURES[p].label}
            className={`reward-form__picture ${values.picture === p ? 'reward-form__picture--on' : ''}`}
            style={{ background: REWARD_PICTURES[p].color }}
            onClick={() => set({ picture: p })}
          >
            <Text className='reward-form__glyph'>{REWARD_PICTURES[p].glyph}</Text>
            <Text className='reward-form__label'>{REWARD_PICTURES[p].label}</Text>
          </View>
        ))}
      </View>
      {NUMBERS.map(({ field, label, unit }) => (
        <View key={field} className='reward-form__number'>
          <Text className='list-row__title'>{label}</Text>
          <View className='reward-form__number-row'>
            <Input
              className='input'
              type='number'
              value={values[field]}
              aria-label={label}
              onInput={(e) => set({ [field]: e.detail.value })}
            />
            <Text>{unit}</Text>
          </View>
          <FieldError text={errors[field]} />
        </View>
      ))}
      <FieldError text={errors.form} />
      <Button className='btn btn--primary btn--submit' disabled={saving} onClick={submit}>
        {saving ? '正在保存…' : reward ? '保存修改' : '上架'}
      </Button>
      {reward && <Text className='muted'>修改后，居民已兑换的券照常使用，按兑换时的积分计。</Text>}
    </View>
  )
}

/** 上架新礼品, or 修改 one of mine (found in my list). */
export function RewardForm({ id }: { id: string | null }) {
  const rewards = useMerchantRewards()
  if (!id) return <Form reward={null} />
  const found = rewards.items.find((r) => r.id === id) ?? null
  return (
    <QueryState
      isPending={rewards.query.isPending}
      error={rewards.query.error}
      onRetry={() => void rewards.query.refetch()}
      isEmpty={!found}
      empty={<Text className='state__text'>没有找到这件礼品</Text>}
    >
      {found && <Form reward={found} />}
    </QueryState>
  )
}

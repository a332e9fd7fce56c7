import { Button, Image, Input, Text, View } from '@tarojs/components'
import Taro, { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import type { MerchantReward } from '@/contract'
import { errorMessage, useRefetchOnShow } from '@/api'
import { PagedList } from '@/components/paged-list'
import { ROUTES } from '@/components/routes'
import { useMerchantRewards, usePauseReward, useRestockReward } from '@/data/merchant'

function Restock({ r, onDone }: { r: MerchantReward; onDone: () => void }) {
  const [add, setAdd] = useState('10')
  const restock = useRestockReward(r.id)
  const n = Number(add)
  const ok = Number.isInteger(n) && n >= 1 && n <= 999
  return (
    <View className='shop-reward__restock'>
      <Text>补货</Text>
      <Input
        className='input shop-reward__add'
        type='number'
        value={add}
        aria-label='补货份数'
        onInput={(e) => setAdd(e.detail.value)}
      />
      <Text>份</Text>
      <Button
        className='btn btn--primary'
        disabled={!ok || restock.isPending}
        onClick={() =>
          restock.mutate(n, {
            onSuccess: (x) => {
              void Taro.showToast({ title: `库存 ${x.stock} 份`, icon: 'success' })
              onDone()
            },
          })
        }
      >
        {restock.isPending ? '正在补货…' : '确定'}
      </Button>
      {restock.error ? <Text className='form-error'>{errorMessage(restock.error)}</Text> : null}
    </View>
  )
}

function RewardRow({ r }: { r: MerchantReward }) {
  const pause = usePauseReward(r.id)
  const [restocking, setRestocking] = useState(false)
  return (
    <View className={`card shop-reward ${r.paused ? 'shop-reward--paused' : ''}`}>
      <View className='shop-reward__head'>
        <Image className='shop-reward__image' src={r.imageUrl} mode='aspectFill' />
        <View className='shop-reward__what'>
          <Text className='shop-reward__title'>{r.title}</Text>
          <Text className='muted'>{`${r.cost} 分 · 每人限兑 ${r.perPersonLimit} 份 · 有效 ${r.validDays} 天`}</Text>
          {r.paused && <Text className='shop-reward__badge'>已暂停兑换</Text>}
        </View>
      </View>
      <View className='shop-reward__counts'>
        <Text className={r.stock === 0 ? 'deadline--overdue' : ''}>{`库存 ${r.stock} 份`}</Text>
        <Text>{`已核销 ${r.usedCount} 份`}</Text>
        <Text>{`待使用 ${r.unusedCount} 份`}</Text>
      </View>
      <View className='shop-reward__actions'>
        <Button className='btn' onClick={() => void Taro.navigateTo({ url: ROUTES.rewardEdit(r.id) })}>
          修改
        </Button>
        <Button className='btn' onClick={() => setRestocking((x) => !x)}>
          补货
        </Button>
        <Button className='btn' disabled={pause.isPending} onClick={() => pause.mutate(!r.paused)}>
          {r.paused ? '恢复兑换' : '暂停兑换'}
        </Button>
      </View>
      {restocking && <Restock r={r} onDone={() => setRestocking(false)} />}
      {pause.error ? <Text className='form-error'>{errorMessage(pause.error)}</Text> : null}
    </View>
  )
}

/** 本店礼品: stock and counts, 修改 / 补货 / 暂停, and 上架新礼品. */
export function ShopRewards() {
  const rewards = useMerchantRewards()
  useRefetchOnShow(() => rewards.query.refetch())
  useReachBottom(rewards.loadMore)
  return (
    <>
      <View className='card'>
        <Text className='muted'>
          居民用积分兑换本店礼品，到店出示券码，由您核销。暂停后商城不再显示，已兑出的券照常可用。
        </Text>
        <Button
          className='btn btn--primary btn--submit'
          onClick={() => void Taro.navigateTo({ url: ROUTES.rewardEdit() })}
        >
          上架新礼品
        </Button>
      </View>
      <PagedList
        query={rewards.query}
        items={rewards.items}
        render={(r) => <RewardRow key={r.id} r={r} />}
        empty={<Text className='state__text'>本店还没有礼品，点「上架新礼品」添加</Text>}
      />
    </>
  )
}

import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { VOUCHER_STATUS_LABELS, VoucherStatus } from '@/contract'
import { PagedList } from '@/components/paged-list'
import { ROUTES } from '@/components/routes'
import { Tabs } from '@/components/tabs'
import { usePageRefresh } from '@/components/use-page-refresh'
import { VoucherCard } from './voucher-card'
import { useVouchers } from '@/data/points'
import { EmptyState } from '@/components/empty-state'

type Filter = VoucherStatus | 'all'
const FILTERS: Filter[] = ['all', ...VoucherStatus.options]

function Empty({ filter }: { filter: Filter }) {
  if (filter !== 'all') return <Text className='state__text'>没有“{VOUCHER_STATUS_LABELS[filter]}”的券</Text>
  return (
    <EmptyState
      text='您还没有兑换过礼品'
      action={{ label: '去积分商城', onClick: () => void Taro.navigateTo({ url: ROUTES.mall }) }}
    />
  )
}

/** 我的兑换券: newest first, by status. */
export function Vouchers() {
  const [filter, setFilter] = useState<Filter>('all')
  const list = useVouchers(filter)
  usePageRefresh(() => list.query.refetch(), list.loadMore)

  return (
    <>
      <Tabs
        className='voucher-tabs'
        tabs={FILTERS.map((f) => ({ value: f, label: f === 'all' ? '全部' : VOUCHER_STATUS_LABELS[f] }))}
        value={filter}
        onChange={setFilter}
      />
      <PagedList
        query={list.query}
        items={list.items}
        render={(v) => <VoucherCard key={v.id} voucher={v} />}
        empty={<Empty filter={filter} />}
      />
    </>
  )
}

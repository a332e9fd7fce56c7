import { Button, Text, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import type { RedemptionDay, VerifiedRedemption } from '@/contract'
import { serverNow, useRefetchOnShow } from '@/api'
import { PagedList } from '@/components/paged-list'
import { QueryState } from '@/components/query-state'
import { Tabs } from '@/components/tabs'
import { groupedCode } from '@/components/format'
import { useRedemptionDays, useStatement } from '@/data/merchant'
import { ShopTotals } from './shop-totals'

export type BooksTab = 'days' | 'statement'

const hhmm = (iso: string | null) => (iso ? iso.slice(11, 16) : '')
/** 11月20日, with the year when it is not this one: 2025年11月20日. */
const dayLabel = (date: string) => {
  const thisYear = new Date(serverNow() + 8 * 3600_000).toISOString().slice(0, 4)
  const md = `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
  return date.startsWith(thisYear) ? md : `${date.slice(0, 4)}年${md}`
}

function Line({ v, withDay }: { v: VerifiedRedemption; withDay?: boolean }) {
  const when = withDay && v.usedAt ? `${dayLabel(v.usedAt.slice(0, 10))} ${hhmm(v.usedAt)}` : hhmm(v.usedAt)
  return (
    <View className='books-line'>
      <View className='books-line__main'>
        <Text className='books-line__title'>{`${v.reward.title}${v.quantity > 1 ? ` × ${v.quantity}` : ''}`}</Text>
        <Text className='muted'>{`${when} · ${v.holderName} · ${groupedCode(v.code)}`}</Text>
      </View>
      <Text className='books-line__points'>{`${v.points} 分`}</Text>
    </View>
  )
}

function Day({ d }: { d: RedemptionDay }) {
  return (
    <View className='card books-day'>
      <View className='books-day__head'>
        <Text className='books-day__date'>{dayLabel(d.date)}</Text>
        <Text className='books-day__sum'>{`${d.vouchers} 张 · ${d.points} 积分`}</Text>
      </View>
      {d.items.map((v) => (
        <Line key={v.id} v={v} />
      ))}
    </View>
  )
}

function Days() {
  const days = useRedemptionDays()
  useRefetchOnShow(() => days.query.refetch())
  useReachBottom(days.loadMore)
  return (
    <PagedList
      query={days.query}
      items={days.items}
      render={(d) => <Day key={d.id} d={d} />}
      empty={<Text className='state__text'>还没有核销记录。居民出示兑换券后，在「核销兑换券」里核销。</Text>}
    />
  )
}

/** 2026-11 → the month before, 2026-10. */
function shift(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number)
  const i = y * 12 + (m - 1) + by
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
}

function StatementView() {
  const current = new Date(serverNow() + 8 * 3600_000).toISOString().slice(0, 7)
  const [month, setMonth] = useState(current)
  const st = useStatement(month)
  const [y, m] = month.split('-')
  return (
    <>
      <View className='card books-month'>
        <Button className='btn books-month__step' onClick={() => setMonth(shift(month, -1))}>
          ‹ 上个月
        </Button>
        <Text className='books-month__label'>{`${y}年${Number(m)}月`}</Text>
        <Button
          className='btn books-month__step'
          disabled={month >= current}
          onClick={() => setMonth(shift(month, 1))}
        >
          下个月 ›
        </Button>
      </View>
      <QueryState isPending={st.isPending} error={st.error} onRetry={() => void st.refetch()}>
        {st.data && (
          <View className='card statement'>
            <Text className='card__title'>{`${st.data.shop.name} · ${Number(m)}月对账单`}</Text>
            <View className='statement__total'>
              <Text>{`共核销 ${st.data.total.vouchers} 张（${st.data.total.pieces} 份）`}</Text>
              <Text className='statement__points'>{`合计 ${st.data.total.points} 积分`}</Text>
            </View>
            {st.data.lines.length === 0 && <Text className='muted'>这个月本店没有核销兑换券。</Text>}
            {st.data.lines.map((l) => (
              <View key={`${l.rewardId}@${l.cost}`} className='statement__line'>
                <Text className='statement__title'>{`${l.title}（${l.cost} 分/份）`}</Text>
                <Text>{`${l.pieces} 份 · ${l.points} 分`}</Text>
              </View>
            ))}
            {st.data.vouchers.length > 0 && <Text className='statement__sub'>明细</Text>}
            {st.data.vouchers.map((v) => (
              <Line key={v.id} v={v} withDay />
            ))}
          </View>
        )}
      </QueryState>
    </>
  )
}

const TABS = [
  { value: 'days' as const, label: '核销记录' },
  { value: 'statement' as const, label: '月度对账单' },
]

/** 核销记录 by day with the totals on top, and the monthly 对账单. */
export function ShopBooks({ initialTab }: { initialTab: BooksTab }) {
  const [tab, setTab] = useState<BooksTab>(initialTab)
  return (
    <>
      <ShopTotals />
      <Tabs tabs={TABS} value={tab} onChange={setTab} />
      {tab === 'days' ? <Days /> : <StatementView />}
    </>
  )
}

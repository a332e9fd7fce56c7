import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ApiError, errorMessage } from '@/api'
import { PagedList } from '@/components/paged-list'
import { ROUTES } from '@/components/routes'
import { ActivityCard } from './activity-card'
import { Tabs } from '@/components/tabs'
import { usePageRefresh } from '@/components/use-page-refresh'
import { ACTIVITY_TABS } from './tabs'
import type { ActivityTab } from '@/data/volunteer'
import { useActivityList } from '@/data/volunteer'
import { EmptyView } from '@/components/empty-state'

const EMPTY: Record<ActivityTab, string> = {
  resident: '近期没有居民活动，过几天再来看看',
  merchant: '近期没有商户活动',
  mine: '您还没有报名过活动',
}

/** 商户活动 for someone without a verified shop: the server's words, and the way to verify. */
function MerchantOnly({ error }: { error: unknown }) {
  return (
    <EmptyView
      text={errorMessage(error)}
      action={{ label: '去认证店铺', onClick: () => void Taro.navigateTo({ url: ROUTES.merchant }) }}
    />
  )
}

/** 志愿活动: three tabs, pull to refresh, more as I scroll. */
export function Activities({ initialTab }: { initialTab: ActivityTab }) {
  const [tab, setTab] = useState<ActivityTab>(initialTab)
  const list = useActivityList(tab)
  usePageRefresh(() => list.query.refetch(), list.loadMore)
  const forbidden = list.query.error instanceof ApiError && list.query.error.code === 'FORBIDDEN'

  return (
    <>
      <Tabs
        className='activity-tabs'
        tabs={ACTIVITY_TABS.map(({ tab: value, label }) => ({ value, label }))}
        value={tab}
        onChange={setTab}
      />
      <PagedList
        query={list.query}
        items={list.items}
        render={(a) => <ActivityCard key={a.id} activity={a} />}
        empty={<Text className='state__text'>{EMPTY[tab]}</Text>}
        errorView={forbidden ? <MerchantOnly error={list.query.error} /> : undefined}
      />
    </>
  )
}

import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { STATUS_FILTER_LABELS } from '@/contract'
import { StatusFilter } from '@/contract/tickets'
import { EmptyState } from '@/components/empty-state'
import { ROUTES } from '@/components/routes'
import { Tabs } from '@/components/tabs'
import { usePageRefresh } from '@/components/use-page-refresh'
import { TicketList } from './ticket-list'
import { useTicketList } from '@/data/tickets'

type Scope = 'mine' | 'following'
const SCOPES: readonly { value: Scope; label: string }[] = [
  { value: 'mine', label: '我上报的' },
  { value: 'following', label: '我关注的' },
]

function Empty({ status, scope }: { status: StatusFilter; scope: Scope }) {
  if (scope === 'following') {
    return <EmptyState text='您还没有关注别人上报的问题。在附近的问题里点“我也遇到”，就能在这里看到进展。' />
  }
  if (status !== 'all') {
    return <Text className='state__text'>没有“{STATUS_FILTER_LABELS[status]}”的问题</Text>
  }
  return (
    <EmptyState
      text='您还没有上报过问题'
      action={{ label: '去上报问题', onClick: () => void Taro.switchTab({ url: ROUTES.report }) }}
    />
  )
}

/** 我的上报: my tickets by status, pull to refresh, more as I scroll. */
export function MyTickets() {
  const [status, setStatus] = useState<StatusFilter>('all')
  const [scope, setScope] = useState<Scope>('mine')
  const list = useTicketList({ scope, status })
  usePageRefresh(list.refresh, list.loadMore)

  return (
    <>
      <Tabs className='scope-tabs' tabs={SCOPES} value={scope} onChange={setScope} />
      <Tabs
        tabs={StatusFilter.options.map((s) => ({ value: s, label: STATUS_FILTER_LABELS[s] }))}
        value={status}
        onChange={setStatus}
      />
      <TicketList list={list} empty={<Empty status={status} scope={scope} />} />
    </>
  )
}

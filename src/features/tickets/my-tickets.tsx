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

function Empty({ status }: { status: StatusFilter }) {
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
  const list = useTicketList({ scope: 'mine', status })
  usePageRefresh(list.refresh, list.loadMore)

  return (
    <>
      <Tabs
        tabs={StatusFilter.options.map((s) => ({ value: s, label: STATUS_FILTER_LABELS[s] }))}
        value={status}
        onChange={setStatus}
      />
      <TicketList list={list} empty={<Empty status={status} />} />
    </>
  )
}

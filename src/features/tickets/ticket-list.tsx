import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TicketSummary } from '@/contract/tickets'
import { errorMessage } from '@/api'
import { QueryState } from '@/components/query-state'
import { TicketCard } from './ticket-card'
import type { TicketListState } from '@/data/tickets'

interface Props {
  list: TicketListState
  /** shown when the list is empty: a message and perhaps a way forward */
  empty: ReactNode
  actions?: (t: TicketSummary) => ReactNode
}

function Footer({ list }: { list: TicketListState }) {
  const { query } = list
  if (query.isFetchingNextPage) return <Text className='list-footer__text'>正在加载…</Text>
  if (query.isFetchNextPageError) {
    return (
      <>
        <Text className='list-footer__text list-footer__text--error'>{errorMessage(query.error)}</Text>
        <Button className='btn' onClick={() => void query.fetchNextPage()}>
          重试
        </Button>
      </>
    )
  }
  if (query.hasNextPage) {
    return (
      <Button className='btn' onClick={list.loadMore}>
        加载更多
      </Button>
    )
  }
  return <Text className='list-footer__text'>没有更多了</Text>
}

/** Loading, error with 重试, empty, or the cards with endless paging below them. */
export function TicketList({ list, empty, actions }: Props) {
  const { query, items } = list
  return (
    <QueryState
      isPending={query.isPending || (!query.data && query.isFetching)}
      error={query.data ? null : query.error}
      onRetry={() => void query.refetch()}
    >
      {items.length === 0 ? (
        <View className='state state--empty'>{empty}</View>
      ) : (
        <View className='ticket-list'>
          {items.map((t) => (
            <TicketCard key={t.id} ticket={t} actions={actions?.(t)} />
          ))}
          <View className='list-footer'>
            <Footer list={list} />
          </View>
        </View>
      )}
    </QueryState>
  )
}

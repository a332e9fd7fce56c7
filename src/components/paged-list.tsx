import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { errorMessage } from '@/api/errors'
import { QueryState } from './query-state'

/** What a list needs from TanStack's infinite query. */
export interface PagedQuery {
  data?: unknown
  error: unknown
  isPending: boolean
  isFetching: boolean
  isFetchingNextPage: boolean
  isFetchNextPageError: boolean
  hasNextPage: boolean
  fetchNextPage: () => unknown
  refetch: () => unknown
}

function Footer({ query }: { query: PagedQuery }) {
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
      <Button className='btn' onClick={() => void query.fetchNextPage()}>
        加载更多
      </Button>
    )
  }
  return <Text className='list-footer__text'>没有更多了</Text>
}

interface Props<T> {
  query: PagedQuery
  items: T[]
  render: (item: T) => ReactNode
  /** shown when the list is empty: a message and perhaps a way forward */
  empty: ReactNode
  /** shown instead of the plain error with 重试 (e.g. a refusal with a way forward) */
  errorView?: ReactNode
  className?: string
}

/** Loading, error with 重试, empty, or the items with 加载更多 / 没有更多了 below them. */
export function PagedList<T>({ query, items, render, empty, errorView, className = '' }: Props<T>) {
  const failed = query.data ? null : query.error
  if (failed && errorView) return <>{errorView}</>
  return (
    <QueryState
      isPending={query.isPending || (!query.data && query.isFetching)}
      error={failed}
      onRetry={() => void query.refetch()}
    >
      {items.length === 0 ? (
        <View className='state state--empty'>{empty}</View>
      ) : (
        <View className={className}>
          {items.map(render)}
          <View className='list-footer'>
            <Footer query={query} />
          </View>
        </View>
      )}
    </QueryState>
  )
}

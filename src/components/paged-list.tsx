import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { errorMessage } from '@/api/errors'
import { QueryState } from './query-state'
import { CHUNK, useWindow } from './use-window'

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

/** The items near the screen; those far from it stand as spacers of their height (see useWindow). */
function Windowed<T>({ items, render }: { items: T[]; render: (item: T) => ReactNode }) {
  const { slots, topId } = useWindow(items.length)
  return (
    <>
      <View id={topId} />
      {slots.map((s) =>
        s.kind === 'gap' ? (
          <View key={s.key} style={{ height: `${s.height}px` }} />
        ) : (
          <View key={s.id} id={s.id} className='paged-chunk'>
            {items.slice(s.index * CHUNK, (s.index + 1) * CHUNK).map(render)}
          </View>
        ),
      )}
    </>
  )
}

/**
 * Loading, error with 重试, empty, or the items with 加载更多 / 没有更多了 below them; a long list
 * keeps only what is near the screen in the tree.
 */
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
          <Windowed items={items} render={render} />
          <View className='list-footer'>
            <Footer query={query} />
          </View>
        </View>
      )}
    </QueryState>
  )
}

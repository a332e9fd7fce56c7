import type { ReactNode } from 'react'
import { ApiError } from '@/api/errors'
import { EmptyView, type EmptyProps } from './empty-state'
import { QueryData, type QueryLike } from './query-state'
import { usePageRefresh } from './use-page-refresh'

/**
 * A page of the one thing its id names: fetched again like every page (usePageRefresh), what
 * `notFound` says when the page has no id or the server has no such thing, else the query's
 * states around `children(data)`.
 */
export function ItemPage<T>({
  id,
  query,
  notFound,
  children,
}: {
  id: string
  query: Omit<QueryLike<T>, 'refetch'> & { refetch: () => Promise<unknown> }
  notFound: EmptyProps
  children: (data: T) => ReactNode
}) {
  usePageRefresh(() => query.refetch())
  if (!id || (query.error instanceof ApiError && query.error.code === 'NOT_FOUND'))
    return <EmptyView {...notFound} />
  return <QueryData query={query}>{children}</QueryData>
}

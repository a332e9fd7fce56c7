import {
  useInfiniteQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import { useMemo } from 'react'

export interface CursorPageOf<T> {
  items: T[]
  nextCursor: string | null
}

export const PAGE_SIZE = 20

/** A list may shift while paging (something new arrives at the top): show each item once. */
function unique<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>()
  return items.filter((t) => (seen.has(t.id) ? false : (seen.add(t.id), true)))
}

/** Endless paging over a `{ items, nextCursor }` endpoint with an opaque cursor: every list of the app. */
export function usePaged<T extends { id: string }>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<CursorPageOf<T>>,
  enabled = true,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  })
  const items = useMemo(() => unique(query.data?.pages.flatMap((p) => p.items) ?? []), [query.data])
  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError)
      void query.fetchNextPage()
  }
  const qc = useQueryClient()
  /**
   * Fresh data for the top of the list without refetching every page already scrolled through
   * (TanStack's refetch asks for each loaded page again, one after another: 50 requests after
   * 1,000 items): the first page is fetched anew and put in place, the pages behind it stay
   * (items that slid down from the first page show once, see `unique`).
   */
  const refresh = async (): Promise<unknown> => {
    const data = qc.getQueryData<InfiniteData<CursorPageOf<T>, string | undefined>>(queryKey)
    if (!data || data.pages.length <= 1) return query.refetch()
    const first = await fetchPage(undefined)
    qc.setQueryData<InfiniteData<CursorPageOf<T>, string | undefined>>(queryKey, (d) =>
      d ? { ...d, pages: [first, ...d.pages.slice(1)] } : d,
    )
    return first
  }
  return { query, items, loadMore, refresh }
}

export type PagedList<T extends { id: string }> = ReturnType<typeof usePaged<T>>

/**
 * Changes items in place in every cached page of every list under `key` (no jump while the
 * person reads); `patch` returns the item unchanged when it does not apply.
 */
export function patchInfinite<T>(qc: QueryClient, key: QueryKey, patch: (item: T) => T): void {
  qc.setQueriesData<InfiniteData<CursorPageOf<T>>>({ queryKey: key }, (data) =>
    data ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.map(patch) })) } : data,
  )
}

import { useInfiniteQuery, type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query'
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
  return { query, items, loadMore }
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

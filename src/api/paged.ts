import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query'
import { useMemo } from 'react'

export interface CursorPageOf<T> {
  items: T[]
  nextCursor: string | null
}

/** A list may shift while paging (something new arrives at the top): show each item once. */
function unique<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>()
  return items.filter((t) => (seen.has(t.id) ? false : (seen.add(t.id), true)))
}

/** Endless paging over a `{ items, nextCursor }` endpoint with an opaque cursor. */
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

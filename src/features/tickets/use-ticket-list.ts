import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/contract'
import { useMemo } from 'react'
import { type TicketSummary } from '@/contract/tickets'
import { call } from '@/api'
import { ticketListKey, ticketListsKey, type ListParams } from './keys'

export const PAGE_SIZE = 20

/** A list may shift while paging (a new ticket arrives): show each ticket once. */
function unique(items: TicketSummary[]): TicketSummary[] {
  const seen = new Set<string>()
  return items.filter((t) => (seen.has(t.id) ? false : (seen.add(t.id), true)))
}

/** Endless paging over GET /tickets with an opaque cursor. */
export function useTicketList(params: ListParams | null) {
  const query = useInfiniteQuery({
    queryKey: params ? ticketListKey(params) : ticketListsKey,
    queryFn: ({ pageParam }) =>
      call(api.listTickets, { query: { ...params!, cursor: pageParam, limit: PAGE_SIZE } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: params !== null,
  })
  const items = useMemo(() => unique(query.data?.pages.flatMap((p) => p.items) ?? []), [query.data])
  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError)
      void query.fetchNextPage()
  }
  return { query, items, loadMore }
}

export type TicketListState = ReturnType<typeof useTicketList>

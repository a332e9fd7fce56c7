import type { ReactNode } from 'react'
import type { TicketListItem } from '@/contract'
import { PagedList } from '@/components/paged-list'
import type { TicketListState } from '@/data/tickets'
import { TicketCard } from './ticket-card'

/** Loading, error with 重试, empty, or the cards with endless paging below them. */
export function TicketList({
  list,
  empty,
  actions,
}: {
  list: TicketListState
  /** shown when the list is empty: a message and perhaps a way forward */
  empty: ReactNode
  actions?: (t: TicketListItem) => ReactNode
}) {
  return (
    <PagedList
      query={list.query}
      items={list.items}
      className='ticket-list'
      empty={empty}
      render={(t) => <TicketCard key={t.id} ticket={t} actions={actions?.(t)} />}
    />
  )
}

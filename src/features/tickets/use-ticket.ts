import { useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query'
import { api } from '@/contract'
import { type Ticket, type TicketSummary } from '@/contract/tickets'
import { call } from '@/api'
import { ticketKey, ticketListsKey } from './keys'

export function useTicket(id: string) {
  return useQuery({
    queryKey: ticketKey(id),
    queryFn: () => call(api.getTicket, { params: { id } }),
    enabled: !!id,
  })
}

type Page = { items: TicketSummary[]; nextCursor: string | null }

/** The fields of a list row that an action on the ticket can change. */
function patchRow(row: TicketSummary, t: Ticket): TicketSummary {
  const { status, supportCount, overdue, deadline, updatedAt } = t
  return { ...row, status, supportCount, overdue, deadline, updatedAt }
}

/**
 * A ticket changed by an action: the detail shows the server's answer at once, rows that
 * show it are patched in place (no jump while reading), and every list is marked stale so
 * it refetches the next time it is shown (a reopened ticket moves to another tab).
 */
export function useApplyTicket() {
  const qc = useQueryClient()
  return (t: Ticket) => {
    qc.setQueryData(ticketKey(t.id), t)
    qc.setQueriesData<InfiniteData<Page>>({ queryKey: ticketListsKey }, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((p) => ({
              ...p,
              items: p.items.map((r) => (r.id === t.id ? patchRow(r, t) : r)),
            })),
          }
        : data,
    )
    void qc.invalidateQueries({ queryKey: ticketListsKey, refetchType: 'none' })
  }
}

/** One action on one ticket (urge, rate, reopen, support), answered with the whole ticket. */
export function useTicketAction<V = void>(action: (vars: V) => Promise<Ticket>) {
  const apply = useApplyTicket()
  return useMutation({ mutationFn: action, onSuccess: apply })
}

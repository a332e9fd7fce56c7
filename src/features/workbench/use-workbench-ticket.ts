import { useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query'
import { api, type WorkbenchItem, type WorkbenchTicket } from '@/contract'
import { call } from '@/api'
import type { CursorPageOf } from '@/api/paged'
import { MESSAGES_ROOT, TICKETS_ROOT, queuesKey, summaryKey, workbenchKey, workbenchTicketKey } from './keys'

export function useWorkbenchTicket(id: string, enabled: boolean) {
  return useQuery({
    queryKey: workbenchTicketKey(id),
    queryFn: () => call(api.workbenchTicket, { params: { id } }),
    enabled: enabled && !!id,
  })
}

/** The fields of a queue row that an action can change. */
function patchRow(row: WorkbenchItem, t: WorkbenchTicket): WorkbenchItem {
  const { status, overdue, deadline, updatedAt, supportCount, urgeCount, lastUrgedAt } = t
  return { ...row, status, overdue, deadline, updatedAt, supportCount, urgeCount, lastUrgedAt }
}

/**
 * A ticket the grid worker acted on: the detail shows the server's answer at once, queue rows
 * are patched in place (no jump) and refetched when the queue shows again (the ticket may have
 * moved to another tab), the entry's counts refresh, and the resident-side caches (the same
 * ticket, my messages) are marked stale.
 */
export function useApplyWorkbenchTicket() {
  const qc = useQueryClient()
  return (t: WorkbenchTicket) => {
    // a merge changes its target too; candidates of other tickets change with any action
    void qc.invalidateQueries({ queryKey: workbenchKey, refetchType: 'none' })
    qc.setQueryData(workbenchTicketKey(t.id), t)
    qc.setQueriesData<InfiniteData<CursorPageOf<WorkbenchItem>>>({ queryKey: queuesKey }, (data) =>
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
    void qc.invalidateQueries({ queryKey: summaryKey })
    void qc.invalidateQueries({ queryKey: TICKETS_ROOT, refetchType: 'none' })
    void qc.invalidateQueries({ queryKey: MESSAGES_ROOT, refetchType: 'none' })
  }
}

/** One action on one ticket (accept, reject, merge, dispatch, resolve), answered with the whole ticket. */
export function useWorkbenchAction<V = void>(action: (vars: V) => Promise<WorkbenchTicket>) {
  const apply = useApplyWorkbenchTicket()
  return useMutation({ mutationFn: action, onSuccess: apply })
}

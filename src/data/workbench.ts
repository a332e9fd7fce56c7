import { useQuery, useQueryClient } from '@tanstack/react-query'
import {
  api,
  type DispatchBody,
  type ResolveBody,
  type WorkbenchFilter,
  type WorkbenchItem,
  type WorkbenchTicket,
} from '@/contract'
import { call } from '@/api'
import { roots } from './keys'
import { PAGE_SIZE, patchInfinite, usePaged } from './paged'
import { useWrite } from './write'

export const workbenchKeys = {
  all: roots.workbench,
  summary: [...roots.workbench, 'summary'] as const,
  queues: [...roots.workbench, 'queue'] as const,
  queue: (filter: WorkbenchFilter) => [...roots.workbench, 'queue', filter] as const,
  ticket: (id: string) => [...roots.workbench, 'ticket', id] as const,
  candidates: (id: string) => [...roots.workbench, 'candidates', id] as const,
}

/** One tab of my grid's queue, overdue first then newest, with endless paging. */
export function useQueue(filter: WorkbenchFilter, enabled: boolean) {
  return usePaged(
    workbenchKeys.queue(filter),
    (cursor) => call(api.workbenchTickets, { query: { filter, cursor, limit: PAGE_SIZE } }),
    enabled,
  )
}

/** The counts on the entry card and on the tabs. */
export function useWorkbenchSummary(enabled: boolean) {
  return useQuery({ queryKey: workbenchKeys.summary, queryFn: () => call(api.workbenchSummary), enabled })
}

export function useWorkbenchTicket(id: string, enabled: boolean) {
  return useQuery({
    queryKey: workbenchKeys.ticket(id),
    queryFn: () => call(api.workbenchTicket, { params: { id } }),
    enabled: enabled && !!id,
  })
}

export function useMergeCandidates(id: string) {
  return useQuery({
    queryKey: workbenchKeys.candidates(id),
    queryFn: () => call(api.mergeCandidates, { params: { id } }),
    staleTime: 0,
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
function useApplyWorkbenchTicket() {
  const qc = useQueryClient()
  return (t: WorkbenchTicket) => {
    // a merge changes its target too; candidates of other tickets change with any action
    void qc.invalidateQueries({ queryKey: workbenchKeys.all, refetchType: 'none' })
    qc.setQueryData(workbenchKeys.ticket(t.id), t)
    patchInfinite<WorkbenchItem>(qc, workbenchKeys.queues, (r) => (r.id === t.id ? patchRow(r, t) : r))
    void qc.invalidateQueries({ queryKey: workbenchKeys.summary })
    void qc.invalidateQueries({ queryKey: roots.tickets, refetchType: 'none' })
    void qc.invalidateQueries({ queryKey: roots.notifications, refetchType: 'none' })
  }
}

export function useAcceptTicket(id: string) {
  return useWrite(api.acceptTicket, () => ({ params: { id } }), { onSuccess: useApplyWorkbenchTicket() })
}

export function useRejectTicket(id: string) {
  return useWrite(api.rejectTicket, (reason: string) => ({ params: { id }, body: { reason } }), {
    onSuccess: useApplyWorkbenchTicket(),
  })
}

export function useMergeTicket(id: string) {
  return useWrite(api.mergeTicket, (intoId: string) => ({ params: { id }, body: { intoId } }), {
    onSuccess: useApplyWorkbenchTicket(),
  })
}

export function useDispatchTicket(id: string) {
  return useWrite(api.dispatchTicket, (body: DispatchBody) => ({ params: { id }, body }), {
    onSuccess: useApplyWorkbenchTicket(),
  })
}

export function useResolveTicket(id: string) {
  return useWrite(api.resolveTicket, (body: ResolveBody) => ({ params: { id }, body }), {
    onSuccess: useApplyWorkbenchTicket(),
  })
}

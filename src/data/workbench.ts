import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '@/api'
import {
  type BatchAction,
  type DispatchBody,
  type RecategorizeBody,
  type StatsQuery,
  TICKET_STATUS_LABELS,
  type ResolveBody,
  type WorkbenchFilter,
  type WorkbenchItem,
  type WorkbenchTicket,
} from '@/contract'
import { endpoints as workbenchApi } from '@/contract/workbench'
import { endpoints as workbenchStatsApi } from '@/contract/workbench-stats'
import { call } from '@/api'
import { roots } from './keys'
import { PAGE_SIZE, patchInfinite, usePaged } from './paged'
import { useWrite } from './write'
import { workbenchSummaryKey } from './workbench-summary'

export const workbenchKeys = {
  all: roots.workbench,
  summary: workbenchSummaryKey,
  queues: [...roots.workbench, 'queue'] as const,
  queue: (filter: WorkbenchFilter) => [...roots.workbench, 'queue', filter] as const,
  ticket: (id: string) => [...roots.workbench, 'ticket', id] as const,
  candidates: (id: string) => [...roots.workbench, 'candidates', id] as const,
  conflict: (id: string) => [...roots.workbench, 'conflict', id] as const,
  gridOpen: [...roots.workbench, 'map'] as const,
  stats: (q: StatsQuery) => [...roots.workbench, 'stats', q.from ?? '', q.to ?? ''] as const,
}

/** One tab of my grid's queue, overdue first then newest, with endless paging. */
export function useQueue(filter: WorkbenchFilter, enabled: boolean) {
  return usePaged(
    workbenchKeys.queue(filter),
    (cursor) => call(workbenchApi.workbenchTickets, { query: { filter, cursor, limit: PAGE_SIZE } }),
    enabled,
  )
}

/** A grid has tens of open tickets, not thousands; this bounds the paging if that ever changes. */
const MAX_GRID_PAGES = 25

/** Every open ticket of my grid (待处理 and 已派单 tabs, all pages) for the grid worker's map. */
export function useGridOpenTickets(enabled: boolean) {
  return useQuery({
    queryKey: workbenchKeys.gridOpen,
    enabled,
    queryFn: async () => {
      const byId = new Map<string, WorkbenchItem>()
      for (const filter of ['pending', 'dispatched'] as const) {
        let cursor: string | undefined
        for (let page = 0; page < MAX_GRID_PAGES; page++) {
          const res = await call(workbenchApi.workbenchTickets, { query: { filter, cursor, limit: 50 } })
          for (const t of res.items) byId.set(t.id, t)
          if (!res.nextCursor) break
          cursor = res.nextCursor
        }
      }
      return [...byId.values()]
    },
  })
}

export function useWorkbenchTicket(id: string, enabled: boolean) {
  return useQuery({
    queryKey: workbenchKeys.ticket(id),
    queryFn: () => call(workbenchApi.workbenchTicket, { params: { id } }),
    enabled: enabled && !!id,
  })
}

export function useMergeCandidates(id: string) {
  return useQuery({
    queryKey: workbenchKeys.candidates(id),
    queryFn: () => call(workbenchApi.mergeCandidates, { params: { id } }),
    staleTime: 0,
  })
}

/** The fields of a queue row that an action can change. */
function patchRow(row: WorkbenchItem, t: WorkbenchTicket): WorkbenchItem {
  const { status, overdue, deadline, updatedAt, supportCount, urgeCount, lastUrgedAt } = t
  const { categoryId, categoryName, departmentName, overdueHours, reopened, acceptLate, acceptBy } = t
  return {
    ...row,
    ...{ status, overdue, deadline, updatedAt, supportCount, urgeCount, lastUrgedAt },
    ...{ categoryId, categoryName, departmentName, overdueHours, reopened, acceptLate, acceptBy },
  }
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
  return useWrite(workbenchApi.acceptTicket, () => ({ params: { id } }), {
    onSuccess: useApplyWorkbenchTicket(),
    onError: useConflictReload(id),
  })
}

export function useRejectTicket(id: string) {
  return useWrite(workbenchApi.rejectTicket, (reason: string) => ({ params: { id }, body: { reason } }), {
    onSuccess: useApplyWorkbenchTicket(),
    onError: useConflictReload(id),
  })
}

export function useMergeTicket(id: string) {
  return useWrite(workbenchApi.mergeTicket, (intoId: string) => ({ params: { id }, body: { intoId } }), {
    onSuccess: useApplyWorkbenchTicket(),
    onError: useConflictReload(id),
  })
}

export function useDispatchTicket(id: string) {
  return useWrite(workbenchApi.dispatchTicket, (body: DispatchBody) => ({ params: { id }, body }), {
    onSuccess: useApplyWorkbenchTicket(),
    onError: useConflictReload(id),
  })
}

export function useResolveTicket(id: string) {
  return useWrite(workbenchApi.resolveTicket, (body: ResolveBody) => ({ params: { id }, body }), {
    onSuccess: useApplyWorkbenchTicket(),
    onError: useConflictReload(id),
  })
}

export function useRecategorizeTicket(id: string) {
  return useWrite(workbenchApi.recategorizeTicket, (body: RecategorizeBody) => ({ params: { id }, body }), {
    onSuccess: useApplyWorkbenchTicket(),
    onError: useConflictReload(id),
  })
}

export function useSuperviseTicket(id: string) {
  return useWrite(
    workbenchApi.superviseTicket,
    (note: string) => ({ params: { id }, body: note ? { note } : {} }),
    {
      onSuccess: useApplyWorkbenchTicket(),
      onError: useConflictReload(id),
    },
  )
}

/** 批量受理 / 批量派单: the queue and counts refresh (tickets move between tabs). */
export function useBatchTickets() {
  const qc = useQueryClient()
  return useWrite(
    workbenchApi.batchTickets,
    (vars: { action: BatchAction; ids: string[] }) => ({ body: vars }),
    {
      onSuccess: () => {
        void qc.invalidateQueries({ queryKey: workbenchKeys.all })
        void qc.invalidateQueries({ queryKey: roots.tickets, refetchType: 'none' })
        void qc.invalidateQueries({ queryKey: roots.notifications, refetchType: 'none' })
      },
    },
  )
}

export function useWorkbenchStats(q: StatsQuery, enabled: boolean) {
  return useQuery({
    queryKey: workbenchKeys.stats(q),
    queryFn: () => call(workbenchStatsApi.workbenchStats, { query: q }),
    enabled,
  })
}

/** What a reload showed had changed meanwhile, in words: status, category, department, urges. */
function changes(before: WorkbenchTicket | undefined, after: WorkbenchTicket): string[] {
  if (!before) return []
  const label = (st: WorkbenchTicket['status']) => TICKET_STATUS_LABELS[st]
  const out: string[] = []
  if (before.status !== after.status)
    out.push(`状态从“${label(before.status)}”变成了“${label(after.status)}”`)
  if (before.categoryId !== after.categoryId) out.push(`分类改成了“${after.categoryName}”`)
  if (before.departmentName !== after.departmentName && after.departmentName)
    out.push(`承办部门变成了${after.departmentName}`)
  if (before.urgeCount !== after.urgeCount) out.push(`居民又催办了（共 ${after.urgeCount} 次）`)
  if (out.length === 0 && after.timeline.length > before.timeline.length) out.push('进度里有新的记录')
  return out
}

/**
 * After a 409 (someone or something changed the ticket first: the department, the reporter, the
 * same worker on another phone), the ticket is fetched again and the page says what changed,
 * instead of offering the same stale buttons that would fail again. Every write of the handling
 * page goes through this; the notice lives in the cache so the page shows it whichever form failed.
 */
function useConflictReload(id: string) {
  const qc = useQueryClient()
  return (e: unknown) => {
    if (!(e instanceof ApiError) || e.status !== 409) return
    const before = qc.getQueryData<WorkbenchTicket>(workbenchKeys.ticket(id))
    void qc
      .fetchQuery({
        queryKey: workbenchKeys.ticket(id),
        queryFn: () => call(workbenchApi.workbenchTicket, { params: { id } }),
        staleTime: 0,
      })
      .then((after) => {
        const what = changes(before, after)
        const text = `这个问题刚刚有了变化${what.length ? `：${what.join('，')}` : ''}。下面是最新情况，请重新操作。`
        qc.setQueryData(workbenchKeys.conflict(id), text)
        void qc.invalidateQueries({ queryKey: workbenchKeys.queues })
        void qc.invalidateQueries({ queryKey: workbenchKeys.summary })
      })
      .catch(() => qc.setQueryData(workbenchKeys.conflict(id), '这个问题刚刚有了变化，请下拉刷新后再操作。'))
  }
}

/** The notice of the last 409 reload of this ticket, and a way to dismiss it. */
export function useConflictNotice(id: string) {
  const qc = useQueryClient()
  const notice = useQuery<string | null>({
    queryKey: workbenchKeys.conflict(id),
    queryFn: () => null,
    enabled: false,
    initialData: null,
  })
  return { notice: notice.data, clear: () => qc.setQueryData(workbenchKeys.conflict(id), null) }
}

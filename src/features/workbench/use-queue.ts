import { useQuery } from '@tanstack/react-query'
import { api, type WorkbenchFilter } from '@/contract'
import { call } from '@/api'
import { usePaged } from '@/api/paged'
import { queueKey, summaryKey } from './keys'

export const PAGE_SIZE = 20

/** One tab of my grid's queue, overdue first then newest, with endless paging. */
export function useQueue(filter: WorkbenchFilter, enabled: boolean) {
  return usePaged(
    queueKey(filter),
    (cursor) => call(api.workbenchTickets, { query: { filter, cursor, limit: PAGE_SIZE } }),
    enabled,
  )
}

/** The counts on the entry card and on the tabs. */
export function useWorkbenchSummary(enabled: boolean) {
  return useQuery({ queryKey: summaryKey, queryFn: () => call(api.workbenchSummary), enabled })
}

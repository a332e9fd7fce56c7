import { useQuery } from '@tanstack/react-query'
import { endpoints as api } from '@/contract/workbench-summary'
import { call } from '@/api'
import { roots } from './keys'

/**
 * The workbench's counts, apart from src/data/workbench.ts: 首页 and 我的 show them on the entry
 * card, and the tab pages (the weapp main package) should not carry the whole workbench for that.
 */
export const workbenchSummaryKey = [...roots.workbench, 'summary'] as const

/** The counts on the entry card and on the tabs. */
export function useWorkbenchSummary(enabled: boolean) {
  return useQuery({
    queryKey: workbenchSummaryKey,
    queryFn: () => call(api.workbenchSummary),
    enabled,
  })
}

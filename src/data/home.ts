import { useQuery } from '@tanstack/react-query'
import { endpoints as api } from '@/contract/home'
import { call } from '@/api'
import { roots } from './keys'

export const homeKeys = {
  notices: [...roots.home, 'notices'] as const,
  notice: (id: string) => [...roots.home, 'notice', id] as const,
  stats: (communityId: string | null) => [...roots.home, 'stats', communityId] as const,
}

export function useNotices() {
  return useQuery({ queryKey: homeKeys.notices, queryFn: () => call(api.listNotices) })
}

export function useNotice(id: string) {
  return useQuery({
    queryKey: homeKeys.notice(id),
    queryFn: () => call(api.getNotice, { params: { id } }),
    enabled: !!id,
  })
}

/**
 * 本月受理 / 本月办结 / 满意率 / 平均办结时长 of my community (of the whole area without one).
 * `enabled` waits for who I am: asking for the area first and my community a moment later would
 * fetch and draw the figures twice.
 */
export function usePublicStats(communityId: string | null, enabled = true) {
  return useQuery({
    queryKey: homeKeys.stats(communityId),
    queryFn: () => call(api.publicStats, { query: communityId ? { communityId } : {} }),
    enabled,
  })
}

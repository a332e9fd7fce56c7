import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, type Activity } from '@/contract'
import { call } from '@/api'
import { usePaged } from '@/api/paged'
import { activityKey, activityListKey, openCountKey, upcomingKey, type ActivityTab } from './keys'

const PAGE_SIZE = 20

/** One tab of 志愿活动: 居民活动 / 商户活动 (not yet ended, soonest first) or 我的活动. */
export function useActivityList(tab: ActivityTab) {
  return usePaged(activityListKey(tab), (cursor) =>
    tab === 'mine'
      ? call(api.myActivities, { query: { cursor, limit: PAGE_SIZE } })
      : call(api.listActivities, { query: { audience: tab, cursor, limit: PAGE_SIZE } }),
  )
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: activityKey(id),
    queryFn: () => call(api.getActivity, { params: { id } }),
    enabled: !!id,
  })
}

/** How many activities I may still sign up for (the badge on 首页); "50+" past one page. */
export function useOpenActivityCount() {
  return useQuery({
    queryKey: openCountKey,
    queryFn: async () => {
      const page = await call(api.listActivities, { query: { status: 'open', limit: 50 } })
      return page.nextCursor ? `${page.items.length}+` : String(page.items.length)
    },
  })
}

/** My sign-ups still to come or under way (the count on 我的). */
export function useUpcomingCount() {
  return useQuery({
    queryKey: upcomingKey,
    queryFn: async () => {
      const page = await call(api.myActivities, { query: { limit: 50 } })
      return page.items.filter((a) => a.mine?.status === 'signed_up' || a.mine?.status === 'checked_in')
        .length
    },
  })
}

/**
 * An action on one activity (sign up, cancel, check in, check out), answered with the whole
 * activity: the detail shows it at once; lists, counts and points are marked stale and refetch
 * when their page shows again (a check-out pays points, a sign-up takes a place).
 */
export function useActivityAction<V>(action: (vars: V) => Promise<Activity>) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: action,
    onSuccess: (a) => {
      qc.setQueryData(activityKey(a.id), a)
      const detail = activityKey(a.id)
      void qc.invalidateQueries({
        predicate: (q) => q.queryKey.length !== 3 || detail.some((part, i) => q.queryKey[i] !== part),
        refetchType: 'none',
      })
    },
  })
}

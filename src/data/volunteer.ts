import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type Activity } from '@/contract'
import { endpoints as api } from '@/contract/volunteer'
import { call } from '@/api'
import { roots } from './keys'
import { PAGE_SIZE, usePaged } from './paged'
import { useWrite } from './write'
import { activityCountsKey } from './activity-counts'

/** The three tabs of 志愿活动. */
export type ActivityTab = 'resident' | 'merchant' | 'mine'

export const activityKeys = {
  all: roots.activities,
  list: (tab: ActivityTab) => [...roots.activities, 'list', tab] as const,
  detail: (id: string) => [...roots.activities, 'detail', id] as const,
  counts: activityCountsKey,
}

/** One tab of 志愿活动: 居民活动 / 商户活动 (not yet ended, soonest first) or 我的活动. */
export function useActivityList(tab: ActivityTab) {
  return usePaged(activityKeys.list(tab), (cursor) =>
    tab === 'mine'
      ? call(api.myActivities, { query: { cursor, limit: PAGE_SIZE } })
      : call(api.listActivities, { query: { audience: tab, cursor, limit: PAGE_SIZE } }),
  )
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: activityKeys.detail(id),
    queryFn: () => call(api.getActivity, { params: { id } }),
    enabled: !!id,
  })
}

/**
 * An activity changed by my action (sign up, cancel, check in, check out): the detail shows the
 * answer at once; lists, counts and points are marked stale and refetch when their page shows
 * again (a check-out pays points, a sign-up takes a place). A refusal means the page was out of
 * date (the last place went, the deadline passed): the detail reloads.
 */
function useActivityWrite() {
  const qc = useQueryClient()
  return {
    onSuccess: (a: Activity) => {
      const detail = activityKeys.detail(a.id)
      qc.setQueryData(detail, a)
      void qc.invalidateQueries({
        predicate: (q) => q.queryKey.length !== 3 || detail.some((part, i) => q.queryKey[i] !== part),
        refetchType: 'none',
      })
    },
  }
}

/** The steps on an activity that need nothing but its id. */
type ActivityStep =
  typeof api.signUpActivity | typeof api.cancelSignup | typeof api.joinWaitlist | typeof api.leaveWaitlist

/** One of those steps: useActivityWrite's answer, and a refusal reloads the activity. */
function useActivityStep(step: ActivityStep, id: string) {
  const qc = useQueryClient()
  return useWrite(step, () => ({ params: { id } }), {
    ...useActivityWrite(),
    onError: () => void qc.invalidateQueries({ queryKey: activityKeys.detail(id) }),
  })
}

export const useSignUp = (id: string) => useActivityStep(api.signUpActivity, id)

export const useCancelSignup = (id: string) => useActivityStep(api.cancelSignup, id)

/** 签到 / 签退 with the activity's code. */
export function useAttendance(id: string, kind: 'checkin' | 'checkout') {
  return useWrite(
    kind === 'checkin' ? api.checkIn : api.checkOut,
    (code: string) => ({ params: { id }, body: { code } }),
    useActivityWrite(),
  )
}

/** 候补 when the activity is full; a cancel by someone else may turn it into a sign-up (a message says so). */
export const useJoinWaitlist = (id: string) => useActivityStep(api.joinWaitlist, id)

export const useLeaveWaitlist = (id: string) => useActivityStep(api.leaveWaitlist, id)

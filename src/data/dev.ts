import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { type FaultKind } from '@/contract'
import { endpoints as api } from '@/contract/dev'
import { call, loginWith, setSession } from '@/api'
import { setDevLoginCode } from '@/platform/login-code'
import { roots } from './keys'

/** The developer panel's own queries (mock builds only); clearing "everything else" spares them. */
export const devKeys = {
  all: roots.dev,
  users: [...roots.dev, 'users'] as const,
  clock: [...roots.dev, 'clock'] as const,
  activityCodes: [...roots.dev, 'activity-codes'] as const,
}

const notDev = (key: readonly unknown[]) => key[0] !== roots.dev[0]

export function useDevUsers() {
  return useQuery({ queryKey: devKeys.users, queryFn: () => call(api.devUsers) })
}

export function useDevClock() {
  return useQuery({ queryKey: devKeys.clock, queryFn: () => call(api.devClock) })
}

export function useDevActivityCodes() {
  return useQuery({ queryKey: devKeys.activityCodes, queryFn: () => call(api.devActivityCodes) })
}

function toast(title: string) {
  void Taro.showToast({ title, icon: 'none', duration: 1500 })
}

/** Log in as another seeded user; everything cached belonged to the previous one. */
export function useSwitchUser() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: async (userId: string) => {
      const code = `dev:${userId}`
      const s = await loginWith(code)
      setDevLoginCode(code)
      return s
    },
    onSuccess: (s) => {
      qc.removeQueries({ predicate: (q) => notDev(q.queryKey) })
      toast(`已切换为 ${s.user.nickname}`)
    },
  })
}

export function useResetData() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => call(api.devReset),
    onSuccess: () => {
      // the reset dropped every token: log in again on the next request
      setSession(null)
      qc.removeQueries()
      toast('数据已重置')
    },
  })
}

export function useAdvanceClock() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (advanceMinutes: number) => call(api.devAdvanceClock, { body: { advanceMinutes } }),
    onSuccess: (clock) => {
      qc.setQueryData(devKeys.clock, clock)
      void qc.invalidateQueries({ predicate: (q) => notDev(q.queryKey) })
      toast('时钟已拨快')
    },
  })
}

export function useInjectFault() {
  return useMutation({
    mutationFn: (v: { kind: FaultKind; count: number }) => call(api.devFaults, { body: v }),
    onSuccess: (f) => toast(`接下来 ${f.remaining} 个请求将出错`),
  })
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { api, type FaultKind } from '@/contract'
import { call, loginWith, setSession } from '@/api'
import { setDevLoginCode } from '@/platform/login-code'

export const devUsersKey = ['dev', 'users'] as const
export const devClockKey = ['dev', 'clock'] as const

export function useDevUsers() {
  return useQuery({ queryKey: devUsersKey, queryFn: () => call(api.devUsers) })
}

export function useDevClock() {
  return useQuery({ queryKey: devClockKey, queryFn: () => call(api.devClock) })
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
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'dev' })
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
      qc.setQueryData(devClockKey, clock)
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'dev' })
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

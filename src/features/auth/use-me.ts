import { useQuery } from '@tanstack/react-query'
import { api } from '@/contract'
import { call } from '@/api'

export const meKey = ['me'] as const

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: () => call(api.me) })
}

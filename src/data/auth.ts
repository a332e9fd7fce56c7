import { useQuery } from '@tanstack/react-query'
import { api } from '@/contract'
import { call } from '@/api'
import { roots } from './keys'

export const meKeys = { all: roots.me }

export function useMe() {
  return useQuery({ queryKey: meKeys.all, queryFn: () => call(api.me) })
}

import { useQuery } from '@tanstack/react-query'
import { api } from '@/contract'
import { call } from './client'

/** Reference data several features read; changes rarely, so a page show does not refetch it. */
const RARELY = 10 * 60_000

export const categoriesKey = ['categories'] as const
export const communitiesKey = ['communities'] as const

export function useCategories() {
  return useQuery({ queryKey: categoriesKey, queryFn: () => call(api.categories), staleTime: RARELY })
}

export function useCommunities() {
  return useQuery({ queryKey: communitiesKey, queryFn: () => call(api.communities), staleTime: RARELY })
}

import { useQuery } from '@tanstack/react-query'
import { type GeoPoint } from '@/contract'
import { endpoints as api } from '@/contract/reference'
import { call } from '@/api'
import { roots } from './keys'

/** Reference data several features read; changes rarely, so a page show does not refetch it. */
const RARELY = 10 * 60_000

export const referenceKeys = {
  all: roots.reference,
  categories: [...roots.reference, 'categories'] as const,
  communities: [...roots.reference, 'communities'] as const,
}

export function useCategories() {
  return useQuery({
    queryKey: referenceKeys.categories,
    queryFn: () => call(api.categories),
    staleTime: RARELY,
  })
}

export function useCommunities() {
  return useQuery({
    queryKey: referenceKeys.communities,
    queryFn: () => call(api.communities),
    staleTime: RARELY,
  })
}

/** Address, community and grid of a point, and whether it is served (not cached: a one-off lookup). */
export function reverseGeocode(point: GeoPoint) {
  return call(api.reverseGeo, { query: point })
}

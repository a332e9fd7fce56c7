import { useQuery } from '@tanstack/react-query'
import { endpoints as api } from '@/contract/auth'
import { call } from '@/api'
import { roots } from './keys'

export const meKeys = { all: roots.me }

export function useMe() {
  return useQuery({ queryKey: meKeys.all, queryFn: () => call(api.me) })
}

/**
 * Who is looking, as a page hands it down to what it shows: `ready` once GET /me has answered,
 * the fields null while it is unknown or unavailable.
 */
export function useViewer() {
  const me = useMe()
  return {
    ready: !me.isPending,
    role: me.data?.role ?? null,
    gridId: me.data?.gridId ?? null,
    communityId: me.data?.communityId ?? null,
  }
}

import { QueryClient } from '@tanstack/react-query'
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/** The client already retries transient GET failures; the query layer must not retry again. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}

export const queryClient = createQueryClient()

/** Refetch when the page shows again (not on its first show, which already fetched). */
export function useRefetchOnShow(refetch: () => unknown): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void refetch()
    shown.current = true
  })
}

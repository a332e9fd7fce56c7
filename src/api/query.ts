import { QueryClient } from '@tanstack/react-query'
import { useDidHide, useDidShow } from '@tarojs/taro'
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

/**
 * Refetch when the page shows again after it was hidden (not on its first show, which already
 * fetched). Counting shows would not do: on H5 a page's body is drawn a moment after the page
 * opens (PageShell), so the body's hooks may never see that first show.
 */
export function useRefetchOnShow(refetch: () => unknown): void {
  const hidden = useRef(false)
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (hidden.current) void refetch()
    hidden.current = false
  })
}

import { Button, Text, View } from '@tarojs/components'
import { useDeferredValue, type ReactNode } from 'react'
import { errorMessage } from '@/api/errors'

interface Props {
  isPending: boolean
  error: unknown
  onRetry: () => void
  /** shown instead of children when there is nothing to show */
  empty?: ReactNode
  isEmpty?: boolean
  children: ReactNode
}

/** Loading, error-with-retry and empty states, the same on every page. */
export function QueryState({ isPending, error, onRetry, empty, isEmpty, children }: Props) {
  // The first answer is drawn in a render React may pause (H5): a page of results arriving does
  // not hold the main thread in one piece, and a tap in the meantime is answered. Until then the
  // loading state stays (for a moment); what was already loaded when this mounted shows at once.
  const ready = useDeferredValue(!isPending)
  if (isPending || !ready) {
    return (
      <View className='state state--loading' aria-busy='true'>
        <Text className='state__text'>正在加载…</Text>
      </View>
    )
  }
  if (error) {
    return (
      <View className='state state--error'>
        <Text className='state__text'>{errorMessage(error)}</Text>
        <Button className='btn btn--primary state__retry' onClick={onRetry}>
          重试
        </Button>
      </View>
    )
  }
  if (isEmpty) {
    return (
      <View className='state state--empty'>
        <Text className='state__text'>{empty ?? '这里还没有内容'}</Text>
      </View>
    )
  }
  return <>{children}</>
}

/** What QueryData needs of a query (TanStack Query's result has it). */
export interface QueryLike<T> {
  data: T | undefined
  error: unknown
  isPending: boolean
  isFetching: boolean
  refetch: () => unknown
}

/**
 * One query's states around what it found: loading until the first answer (and while a failed one
 * is tried again), the error with 重试 only while there is nothing to show, then `children(data)`.
 */
export function QueryData<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  const { data } = query
  return (
    <QueryState
      isPending={query.isPending || (data === undefined && query.isFetching)}
      error={data === undefined ? query.error : null}
      onRetry={() => void query.refetch()}
    >
      {data !== undefined && children(data)}
    </QueryState>
  )
}

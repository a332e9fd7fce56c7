import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
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
  if (isPending) {
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

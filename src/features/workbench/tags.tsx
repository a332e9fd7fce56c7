import { Text } from '@tarojs/components'

/** 催办 3 次: the reporter is waiting; shown in words, the colour only helps. */
export function UrgeTag({ count }: { count: number }) {
  if (count < 1) return null
  return <Text className='urge-tag'>催办 {count} 次</Text>
}

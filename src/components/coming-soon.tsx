import { Text, View } from '@tarojs/components'

/** A tab whose feature has not opened yet says so plainly, and what it will do. */
export function ComingSoon({ title, lines }: { title: string; lines: string[] }) {
  return (
    <View className='card coming-soon'>
      <Text className='coming-soon__badge'>即将开放</Text>
      <Text className='coming-soon__title'>{title}</Text>
      {lines.map((l) => (
        <Text key={l} className='coming-soon__line'>
          {l}
        </Text>
      ))}
    </View>
  )
}

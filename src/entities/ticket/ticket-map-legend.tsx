import { Text, View } from '@tarojs/components'

const ITEMS = [
  { tone: 'pending', label: '待受理' },
  { tone: 'active', label: '办理中' },
  { tone: 'done', label: '已办结' },
  { tone: 'alert', label: '超期' },
] as const

/** What the marker colours mean (each marker also says it in words). */
export function TicketMapLegend() {
  return (
    <View className='map-legend' aria-hidden='true'>
      {ITEMS.map((i) => (
        <View key={i.tone}>
          <Text className={`map-legend__dot map-legend__dot--${i.tone}`} />
          <Text>{i.label}</Text>
        </View>
      ))}
    </View>
  )
}

import { Text, View } from '@tarojs/components'

export function InfoRow({ label, children, strong }: { label: string; children: string; strong?: boolean }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className={`info-row__value ${strong ? 'info-row__value--strong' : ''}`}>{children}</Text>
    </View>
  )
}

import { Text, View } from '@tarojs/components'

/** A label and its value on one line; `bad` reads in the warning colour (超期), `strong` in bold. */
export function InfoRow({
  label,
  children,
  strong,
  bad,
}: {
  label: string
  children: string
  strong?: boolean
  bad?: boolean
}) {
  const mod = `${strong ? 'info-row__value--strong' : ''} ${bad ? 'deadline--overdue' : ''}`
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className={`info-row__value ${mod}`}>{children}</Text>
    </View>
  )
}

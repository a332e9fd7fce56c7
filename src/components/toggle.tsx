import { View } from '@tarojs/components'

/**
 * An on/off switch. Taro's Switch is a web component on H5 that tests cannot drive,
 * and a plain View lets 长辈模式 make it as large as it needs to be.
 */
export function Toggle({
  on,
  label,
  onChange,
}: {
  on: boolean
  label: string
  onChange: (on: boolean) => void
}) {
  return (
    <View
      className={`toggle ${on ? 'toggle--on' : ''}`}
      role='switch'
      aria-checked={on}
      aria-label={label}
      onClick={() => onChange(!on)}
    >
      <View className='toggle__knob' />
    </View>
  )
}

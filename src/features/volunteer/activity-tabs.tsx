import { Text, View } from '@tarojs/components'
import { ACTIVITY_TABS, type ActivityTab } from './keys'

/** 居民活动 / 商户活动 / 我的活动 */
export function ActivityTabs({
  value,
  onChange,
}: {
  value: ActivityTab
  onChange: (t: ActivityTab) => void
}) {
  return (
    <View className='status-tabs activity-tabs' role='tablist'>
      {ACTIVITY_TABS.map(({ tab, label }) => (
        <View
          key={tab}
          role='tab'
          aria-selected={tab === value}
          className={`status-tabs__tab ${tab === value ? 'status-tabs__tab--on' : ''}`}
          onClick={() => onChange(tab)}
        >
          <Text>{label}</Text>
        </View>
      ))}
    </View>
  )
}

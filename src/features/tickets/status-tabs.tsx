import { Text, View } from '@tarojs/components'
import { STATUS_FILTER_LABELS } from '@/contract'
import { StatusFilter } from '@/contract/tickets'

/** The tabs of 我的上报; in 长辈模式 they wrap onto two rows instead of scrolling out of sight. */
export function StatusTabs({
  value,
  onChange,
}: {
  value: StatusFilter
  onChange: (s: StatusFilter) => void
}) {
  return (
    <View className='status-tabs' role='tablist'>
      {StatusFilter.options.map((s) => (
        <View
          key={s}
          role='tab'
          aria-selected={s === value}
          className={`status-tabs__tab ${s === value ? 'status-tabs__tab--on' : ''}`}
          onClick={() => onChange(s)}
        >
          <Text>{STATUS_FILTER_LABELS[s]}</Text>
        </View>
      ))}
    </View>
  )
}

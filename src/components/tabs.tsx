import { Text, View } from '@tarojs/components'

export interface Tab<T extends string> {
  value: T
  label: string
  /** a count beside the label; nothing shown for 0 or null */
  count?: number | null
}

/** In 长辈模式, this many tabs or fewer share one row; more wrap, three a row. */
const FIT_ONE_ROW = 3

/**
 * One row of tabs; in 长辈模式 more than three wrap onto two rows (three a row) instead of
 * scrolling out of sight, and two or three share the row.
 */
export function Tabs<T extends string>({
  tabs,
  value,
  onChange,
  className = '',
}: {
  tabs: readonly Tab<T>[]
  value: T
  onChange: (v: T) => void
  className?: string
}) {
  return (
    <View
      className={`status-tabs ${tabs.length <= FIT_ONE_ROW ? 'status-tabs--one-row' : ''} ${className}`}
      role='tablist'
    >
      {tabs.map((t) => (
        <View
          key={t.value}
          role='tab'
          aria-selected={t.value === value}
          className={`status-tabs__tab ${t.value === value ? 'status-tabs__tab--on' : ''}`}
          onClick={() => onChange(t.value)}
        >
          <Text>{t.label}</Text>
          {t.count ? <Text className='status-tabs__count'>{t.count}</Text> : null}
        </View>
      ))}
    </View>
  )
}

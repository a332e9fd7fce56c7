import { Text, View } from '@tarojs/components'
import { WORKBENCH_FILTER_LABELS, WorkbenchFilter, type WorkbenchSummary } from '@/contract'

function count(filter: WorkbenchFilter, summary?: WorkbenchSummary): number | null {
  if (!summary || filter === 'all') return null
  return summary[filter]
}

/** 待处理 / 已派单 / 超期 / 全部, each with its count; two rows in 长辈模式. */
export function FilterTabs({
  value,
  summary,
  onChange,
}: {
  value: WorkbenchFilter
  summary?: WorkbenchSummary
  onChange: (f: WorkbenchFilter) => void
}) {
  return (
    <View className='status-tabs workbench-tabs' role='tablist'>
      {WorkbenchFilter.options.map((f) => {
        const n = count(f, summary)
        return (
          <View
            key={f}
            role='tab'
            aria-selected={f === value}
            className={`status-tabs__tab ${f === value ? 'status-tabs__tab--on' : ''}`}
            onClick={() => onChange(f)}
          >
            <Text>{WORKBENCH_FILTER_LABELS[f]}</Text>
            {n ? <Text className='workbench-tabs__count'>{n}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}

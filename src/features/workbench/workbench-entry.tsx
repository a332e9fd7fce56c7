import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Role } from '@/contract'
import { useRefetchOnShow } from '@/api'
import { EntryCard } from '@/components/entry-card'
import { ROUTES } from '@/components/routes'
import { useWorkbenchSummary } from '@/data/workbench-summary'

function subLine(s?: { pending: number; overdue: number }): string {
  if (!s) return '受理、派单、现场办结本网格的问题'
  if (s.pending + s.overdue === 0) return '本网格的问题都已处理'
  return [s.pending && `${s.pending} 件待处理`, s.overdue && `${s.overdue} 件超期`]
    .filter(Boolean)
    .join(' · ')
}

/** 首页 and 我的: the way into the workbench, for grid workers only, with what waits for them. */
export function WorkbenchEntry({ role }: { role?: Role | null }) {
  const grid = role === 'grid_worker'
  const summary = useWorkbenchSummary(grid)
  useRefetchOnShow(() => grid && summary.refetch())
  if (!grid) return null
  const s = summary.data
  const waiting = s ? s.pending + s.overdue : 0
  return (
    <View className='workbench-entry'>
      <EntryCard
        title='网格员工作台'
        sub={subLine(s)}
        badge={waiting > 0 ? String(waiting) : null}
        badgeLabel='待处理和超期的问题'
        onClick={() => void Taro.navigateTo({ url: ROUTES.workbench })}
      />
    </View>
  )
}

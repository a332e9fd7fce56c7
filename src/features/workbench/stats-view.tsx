import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { WorkbenchStats } from '@/contract'
import { QueryState } from '@/components/query-state'
import { useWorkbenchStats } from '@/data/workbench'
import { BarLineChart, HBars } from './charts'
import { WorkbenchGate, type Viewer } from './gate'

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`
}

/** Every headline figure as a sentence: the text screen readers and the elderly read. */
export function headlineLines(s: WorkbenchStats): [string, string][] {
  const sat = s.satisfaction
  return [
    ['收到上报', `${s.received} 件`],
    [
      `${s.acceptLimitHours} 小时内受理`,
      `${s.acceptedInLimit} 件（受理 ${s.accepted} 件，按时 ${percent(s.acceptedInLimit, s.accepted)}）`,
    ],
    ['已办结', `${s.resolved} 件（${percent(s.resolved, s.received)}）`],
    ['部门超期', `${s.overdue} 件`],
    ['现场解决', `${s.solvedOnSpot} 件`],
    [
      '满意度',
      sat.meanStars === null
        ? '还没有居民评价'
        : `平均 ${sat.meanStars} 星，4 星以上 ${Math.round((sat.shareAtLeast4 ?? 0) * 100)}%（${sat.rated} 人评价）`,
    ],
    ['办理时长中位数', s.medianHandlingHours === null ? '还没有办结的问题' : `${s.medianHandlingHours} 小时`],
  ]
}

const weekLabel = (day: string) => `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`

function Stats() {
  const stats = useWorkbenchStats({}, true)
  usePullDownRefresh(() => {
    void stats.refetch().finally(() => Taro.stopPullDownRefresh())
  })
  const s = stats.data
  return (
    <QueryState isPending={stats.isPending} error={stats.error} onRetry={() => void stats.refetch()}>
      {s && (
        <>
          <View className='card stats-card'>
            <Text className='card__title'>{`${s.from} 至 ${s.to}`}</Text>
            {headlineLines(s).map(([label, value]) => (
              <View key={label} className='stats-row'>
                <Text className='stats-row__label'>{label}</Text>
                <Text className='stats-row__value'>{value}</Text>
              </View>
            ))}
          </View>
          <View className='card stats-card'>
            <Text className='card__title'>每周收到和办结</Text>
            <BarLineChart
              labels={s.byWeek.map((w) => weekLabel(w.weekStart))}
              bars={{ label: '柱：收到', values: s.byWeek.map((w) => w.received) }}
              line={{ label: '线：办结', values: s.byWeek.map((w) => w.resolved) }}
              summary={s.byWeek
                .map((w) => `${weekLabel(w.weekStart)} 那一周收到 ${w.received} 件，办结 ${w.resolved} 件`)
                .join('；')}
            />
            {s.byWeek.map((w) => (
              <Text key={w.weekStart} className='muted stats-week'>
                {`${weekLabel(w.weekStart)} 起：收到 ${w.received}，办结 ${w.resolved}，超期 ${w.overdue}，现场解决 ${w.solvedOnSpot}`}
              </Text>
            ))}
          </View>
          <View className='card stats-card'>
            <Text className='card__title'>按分类</Text>
            {s.byCategory.length === 0 ? (
              <Text className='muted'>这段时间没有上报</Text>
            ) : (
              <HBars
                rows={s.byCategory.map((c) => ({
                  label: c.categoryName,
                  value: c.received,
                  note: `${c.received} 件，办结 ${c.resolved}`,
                }))}
                summary={s.byCategory
                  .map((c) => `${c.categoryName} ${c.received} 件，办结 ${c.resolved} 件`)
                  .join('；')}
              />
            )}
          </View>
        </>
      )}
    </QueryState>
  )
}

/** 考核统计: the figures the grid's work is judged by, drawn and written out. */
export function StatsPage({ viewer }: { viewer: Viewer }) {
  return (
    <WorkbenchGate viewer={viewer}>
      <Stats />
    </WorkbenchGate>
  )
}

import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { WORKBENCH_FILTER_LABELS, WorkbenchFilter } from '@/contract'
import { PagedList } from '@/components/paged-list'
import { ROUTES } from '@/components/routes'
import { Tabs } from '@/components/tabs'
import { usePageRefresh } from '@/components/use-page-refresh'
import { forbiddenMessage, Refusal, WorkbenchGate, type Viewer } from './gate'
import { useQueue } from '@/data/workbench'
import { useWorkbenchSummary } from '@/data/workbench-summary'
import { GridMap } from './grid-map'
import { WorkbenchCard } from './workbench-card'
import { BatchBar } from './batch-bar'

const EMPTY: Record<WorkbenchFilter, string> = {
  pending: '没有等您处理的问题',
  dispatched: '没有派给部门、还在办理的问题',
  overdue: '没有超期的问题',
  all: '您的网格还没有居民上报的问题',
}

function Queue({ gridId }: { gridId: string | null }) {
  const [filter, setFilter] = useState<WorkbenchFilter>('pending')
  const summary = useWorkbenchSummary(true)
  const list = useQueue(filter, true)
  usePageRefresh(() => Promise.all([list.query.refetch(), summary.refetch()]), list.loadMore)

  const refused = forbiddenMessage(list.query.error)
  const [showMap, setShowMap] = useState(false)
  const [selecting, setSelecting] = useState(false)
  const [selected, setSelected] = useState<string[]>([])
  const [result, setResult] = useState<string | null>(null)
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : s.length >= 20 ? s : [...s, id]))
  const stopSelecting = () => {
    setSelecting(false)
    setSelected([])
  }
  return (
    <>
      <View className='workbench-links'>
        <Button className='btn btn--small' onClick={() => void Taro.navigateTo({ url: ROUTES.patrol })}>
          巡查
        </Button>
        <Button
          className='btn btn--small'
          onClick={() => void Taro.navigateTo({ url: ROUTES.workbenchStats })}
        >
          考核统计
        </Button>
        {filter === 'pending' && !selecting && (
          <Button
            className='btn btn--small'
            onClick={() => {
              setSelecting(true)
              setResult(null)
            }}
          >
            批量处理
          </Button>
        )}
      </View>
      {result && (
        <View className='card batch-result' role='status'>
          <Text>{result}</Text>
        </View>
      )}
      <Button className='btn btn--small grid-map__toggle' onClick={() => setShowMap(!showMap)}>
        {showMap ? '收起网格地图' : '看网格地图'}
      </Button>
      {showMap && <GridMap gridId={gridId} />}
      <Tabs
        className='workbench-tabs'
        tabs={WorkbenchFilter.options.map((f) => ({
          value: f,
          label: WORKBENCH_FILTER_LABELS[f],
          count: f === 'all' ? null : summary.data?.[f],
        }))}
        value={filter}
        onChange={(f) => {
          setFilter(f)
          stopSelecting()
        }}
      />
      <PagedList
        query={list.query}
        items={list.items}
        className='ticket-list'
        render={(t) => (
          <WorkbenchCard
            key={t.id}
            ticket={t}
            selecting={selecting}
            selected={selected.includes(t.id)}
            onToggle={() => toggle(t.id)}
          />
        )}
        empty={<Text className='state__text'>{EMPTY[filter]}</Text>}
        errorView={refused ? <Refusal title={refused} lines={[]} back='home' /> : undefined}
      />
      {selecting && (
        <BatchBar
          selected={selected}
          onCancel={stopSelecting}
          onDone={(summary) => {
            setResult(summary)
            stopSelecting()
          }}
        />
      )}
    </>
  )
}

/** 网格员工作台: my grid's tickets by tab, the ones needing attention first; batch accept and dispatch. */
export function WorkbenchQueue({ viewer }: { viewer: Viewer }) {
  return (
    <WorkbenchGate viewer={viewer}>
      <Queue gridId={viewer.gridId ?? null} />
    </WorkbenchGate>
  )
}

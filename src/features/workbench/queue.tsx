import { Button, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import { WORKBENCH_FILTER_LABELS, WorkbenchFilter } from '@/contract'
import { useRefetchOnShow } from '@/api'
import { PagedList } from '@/components/paged-list'
import { Tabs } from '@/components/tabs'
import { forbiddenMessage, Refusal, WorkbenchGate, type Viewer } from './gate'
import { useQueue, useWorkbenchSummary } from '@/data/workbench'
import { useMe } from '@/data/auth'
import { GridMap } from './grid-map'
import { WorkbenchCard } from './workbench-card'

const EMPTY: Record<WorkbenchFilter, string> = {
  pending: '没有等您处理的问题',
  dispatched: '没有派给部门、还在办理的问题',
  overdue: '没有超期的问题',
  all: '您的网格还没有居民上报的问题',
}

function Queue() {
  const [filter, setFilter] = useState<WorkbenchFilter>('pending')
  const summary = useWorkbenchSummary(true)
  const list = useQueue(filter, true)
  const refresh = () => Promise.all([list.query.refetch(), summary.refetch()])
  useRefetchOnShow(refresh)
  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(list.loadMore)

  const refused = forbiddenMessage(list.query.error)
  const me = useMe()
  const [showMap, setShowMap] = useState(false)
  return (
    <>
      <Button className='btn btn--small grid-map__toggle' onClick={() => setShowMap(!showMap)}>
        {showMap ? '收起网格地图' : '看网格地图'}
      </Button>
      {showMap && <GridMap gridId={me.data?.gridId ?? null} />}
      <Tabs
        className='workbench-tabs'
        tabs={WorkbenchFilter.options.map((f) => ({
          value: f,
          label: WORKBENCH_FILTER_LABELS[f],
          count: f === 'all' ? null : summary.data?.[f],
        }))}
        value={filter}
        onChange={setFilter}
      />
      <PagedList
        query={list.query}
        items={list.items}
        className='ticket-list'
        render={(t) => <WorkbenchCard key={t.id} ticket={t} />}
        empty={<Text className='state__text'>{EMPTY[filter]}</Text>}
        errorView={refused ? <Refusal title={refused} lines={[]} back='home' /> : undefined}
      />
    </>
  )
}

/** 网格员工作台: my grid's tickets by tab, overdue first, then newest. */
export function WorkbenchQueue({ viewer }: { viewer: Viewer }) {
  return (
    <WorkbenchGate viewer={viewer}>
      <Queue />
    </WorkbenchGate>
  )
}

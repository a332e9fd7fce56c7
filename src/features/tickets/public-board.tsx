import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { useRefetchOnShow } from '@/api'
import { Tabs } from '@/components/tabs'
import { BoardFilters, useCategoryNames, type BoardFilter } from './board-filters'
import { BoardMap } from './board-map'
import { BoardSupport } from './board-support'
import { TicketList } from './ticket-list'
import { useBoardArea, type BoardArea } from './use-board-area'
import { useTicketList } from '@/data/tickets'

type Mode = 'map' | 'list'
const MODES = [
  { value: 'map', label: '地图' },
  { value: 'list', label: '列表' },
] as const

const AREAS: { id: BoardArea; label: string }[] = [
  { id: 'community', label: '我的社区' },
  { id: 'nearby', label: '我附近 1 公里' },
]

/** 附近的问题: what neighbours have reported, reporters masked; +1 when it affects me too. */
export function PublicBoard({ me }: { me: { ready: boolean; communityId: string | null } }) {
  const board = useBoardArea(me)
  const [mode, setMode] = useState<Mode>('map')
  const [filter, setFilter] = useState<BoardFilter>({ status: 'all', categoryId: null })
  const names = useCategoryNames()
  const params = useMemo(
    () =>
      board.params && {
        ...board.params,
        ...(filter.status !== 'all' ? { status: filter.status } : {}),
        ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
      },
    [board.params, filter],
  )
  const list = useTicketList(mode === 'list' ? params : null)
  useRefetchOnShow(() => mode === 'list' && params && list.query.refetch())
  usePullDownRefresh(() => {
    void Promise.resolve(mode === 'list' && params && list.query.refetch()).finally(() =>
      Taro.stopPullDownRefresh(),
    )
  })
  useReachBottom(() => mode === 'list' && list.loadMore())

  return (
    <>
      <View className='area-switch' role='tablist'>
        {AREAS.map((a) => (
          <View
            key={a.id}
            role='tab'
            aria-selected={board.area === a.id}
            className={`area-switch__item ${board.area === a.id ? 'area-switch__item--on' : ''}`}
            onClick={() => !board.locating && board.choose(a.id)}
          >
            <Text>{a.id === 'nearby' && board.locating ? '正在定位…' : a.label}</Text>
          </View>
        ))}
      </View>
      {board.caption && <Text className='board-caption'>{board.caption}</Text>}
      {board.notice && <Text className='hint'>{board.notice}</Text>}
      <Tabs tabs={MODES} value={mode} onChange={setMode} className='board-mode' />
      <BoardFilters value={filter} onChange={setFilter} />
      {mode === 'map' ? (
        board.frame ? (
          <BoardMap key={board.frame.key} frame={board.frame} filter={filter} names={names} />
        ) : (
          <View className='state state--loading' aria-busy='true'>
            <Text className='state__text'>正在加载…</Text>
          </View>
        )
      ) : (
        <TicketList
          list={list}
          empty={
            <Text className='state__text'>
              {filter.status === 'all' && !filter.categoryId
                ? '这里暂时没有居民上报的问题'
                : '没有符合条件的问题，换个类别或状态看看'}
            </Text>
          }
          actions={(t) => <BoardSupport ticket={t} />}
        />
      )}
    </>
  )
}

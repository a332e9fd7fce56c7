import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useRefetchOnShow } from '@/api'
import { BoardSupport } from './board-support'
import { TicketList } from './ticket-list'
import { useBoardArea, type BoardArea } from './use-board-area'
import { useTicketList } from '@/data/tickets'

const AREAS: { id: BoardArea; label: string }[] = [
  { id: 'community', label: '我的社区' },
  { id: 'nearby', label: '我附近 1 公里' },
]

/** 附近的问题: what neighbours have reported, reporters masked; +1 when it affects me too. */
export function PublicBoard({ me }: { me: { ready: boolean; communityId: string | null } }) {
  const board = useBoardArea(me)
  const list = useTicketList(board.params)
  useRefetchOnShow(() => board.params && list.query.refetch())
  usePullDownRefresh(() => {
    void Promise.resolve(board.params && list.query.refetch()).finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(list.loadMore)

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
      <TicketList
        list={list}
        empty={<Text className='state__text'>这里暂时没有居民上报的问题</Text>}
        actions={(t) => <BoardSupport ticket={t} />}
      />
    </>
  )
}

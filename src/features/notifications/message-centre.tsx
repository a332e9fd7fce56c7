import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Notification } from '@/contract'
import { errorMessage, getSession } from '@/api'
import { PagedList } from '@/components/paged-list'
import { usePageRefresh } from '@/components/use-page-refresh'
import { MessageRow } from './message-row'
import { messageTarget } from './message-target'
import { useMarkRead, useNotifications, useUnreadCount } from '@/data/notifications'

function Empty() {
  return (
    <>
      <Text className='state__text'>还没有消息</Text>
      <Text className='muted'>您上报的问题有进展、积分有变动时，会在这里通知您。</Text>
    </>
  )
}

/** 消息: every update of my tickets, points and activities, newest first; a tap reads and opens it. */
export function MessageCentre() {
  const list = useNotifications()
  const unread = useUnreadCount()
  const markRead = useMarkRead()
  const refresh = () => Promise.all([list.query.refetch(), unread.refetch()])
  usePageRefresh(refresh, list.loadMore)

  // whoever is signed in when the list shows: a grid worker's ticket opens in the workbench
  const target = (m: Notification) => messageTarget(m, getSession()?.user.role)
  const open = (m: Notification) => {
    if (!m.read) markRead.mutate({ ids: [m.id] })
    const url = target(m)
    if (url) void Taro.navigateTo({ url })
  }
  const count = unread.data?.count ?? 0
  return (
    <>
      {unread.data && list.items.length > 0 && (
        <View className='message-bar'>
          <Text className='message-bar__count'>{count > 0 ? `${count} 条未读` : '消息都已读'}</Text>
          {count > 0 && (
            <Button
              className='btn btn--small message-bar__all'
              disabled={markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
            >
              全部已读
            </Button>
          )}
        </View>
      )}
      {markRead.error ? <Text className='form-error'>{errorMessage(markRead.error)}</Text> : null}
      <PagedList
        query={list.query}
        items={list.items}
        className='message-list'
        render={(m) => <MessageRow key={m.id} message={m} opens={target(m) !== null} onOpen={open} />}
        empty={<Empty />}
      />
    </>
  )
}

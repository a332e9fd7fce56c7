import { Button, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { ApiError, useRefetchOnShow } from '@/api'
import { QueryData } from '@/components/query-state'
import { TicketTimeline } from '@/entities/ticket/ticket-timeline'
import { ActionPanel } from './action-panel'
import { forbiddenMessage, Refusal, WorkbenchGate, type Viewer } from './gate'
import { useConflictNotice, useWorkbenchTicket } from '@/data/workbench'
import { WorkbenchOverview } from './workbench-overview'

function Detail({ id }: { id: string }) {
  const ticket = useWorkbenchTicket(id, true)
  const conflict = useConflictNotice(id)
  useRefetchOnShow(() => ticket.refetch())
  usePullDownRefresh(() => {
    void ticket.refetch().finally(() => Taro.stopPullDownRefresh())
  })

  const missing = !id || (ticket.error instanceof ApiError && ticket.error.code === 'NOT_FOUND')
  if (missing)
    return <Refusal title='没有找到这个问题' lines={['它可能已被删除，请回到工作台。']} back='queue' />
  const refused = forbiddenMessage(ticket.error)
  if (refused) {
    return <Refusal title={refused} lines={['请在工作台里处理您网格的问题。']} back='queue' />
  }
  return (
    <QueryData query={ticket}>
      {(t) => (
        <>
          {conflict.notice && (
            <View className='card conflict-notice' role='alert'>
              <Text className='conflict-notice__text'>{conflict.notice}</Text>
              <Button className='btn btn--small' onClick={conflict.clear}>
                知道了
              </Button>
            </View>
          )}
          <WorkbenchOverview ticket={t} />
          <ActionPanel key={t.status} ticket={t} />
          <TicketTimeline events={t.timeline} />
          <Text className='muted workbench-ticket__id'>编号 {t.id}</Text>
        </>
      )}
    </QueryData>
  )
}

/** A ticket of my grid, for handling: what it is, how often it was urged, what I can do, every step. */
export function WorkbenchTicketDetail({ id, viewer }: { id: string; viewer: Viewer }) {
  return (
    <WorkbenchGate viewer={viewer}>
      <Detail id={id} />
    </WorkbenchGate>
  )
}

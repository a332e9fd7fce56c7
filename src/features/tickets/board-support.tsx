import { Button, Text, View } from '@tarojs/components'
import type { TicketListItem } from '@/contract'
import { errorMessage } from '@/api'
import { useSupportTicket } from '@/data/tickets'

/**
 * +1 我也遇到 on a board card: offered only when the server says I may (not my own ticket, not
 * one I already follow), then 已关注. My own ticket says so instead.
 */
export function BoardSupport({ ticket: t }: { ticket: TicketListItem }) {
  const support = useSupportTicket()
  if (t.mine) return <Text className='board-support board-support--mine'>这是您上报的问题</Text>
  if (!t.supportedByMe && !t.can.support) return null
  const done = t.supportedByMe
  return (
    <View className='board-support'>
      <Button
        className={`btn btn--small ${done ? 'btn--done' : 'btn--primary'}`}
        disabled={done || support.isPending}
        onClick={() => support.mutate(t.id)}
      >
        {done ? '已关注' : '+1 我也遇到'}
      </Button>
      {support.error ? <Text className='form-error'>{errorMessage(support.error)}</Text> : null}
    </View>
  )
}

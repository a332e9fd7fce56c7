import { Button, Text, View } from '@tarojs/components'
import { type TicketStatus, type TicketSummary } from '@/contract/tickets'
import { ApiError, errorMessage } from '@/api'
import { useCachedTicket, useSupportTicket } from '@/data/tickets'

const OPEN: readonly TicketStatus[] = ['submitted', 'accepted', 'dispatched', 'processing']

/**
 * +1 我也遇到 on a board card: once, then 已关注. A list row does not say whose ticket it is
 * or whether I already pressed it; the detail does, so the button reads the detail from the
 * cache when there is one, and fetches it when the server refuses (my own ticket, or a +1
 * from another visit).
 */
export function BoardSupport({ ticket: t }: { ticket: TicketSummary }) {
  const { detail, refresh } = useCachedTicket(t.id)
  const support = useSupportTicket()
  if (!OPEN.includes(t.status)) return null
  if (detail?.mine) return <Text className='board-support board-support--mine'>这是您上报的问题</Text>

  const done = detail?.supportedByMe === true
  const send = () =>
    support.mutate(t.id, {
      onError: (e) => {
        if (e instanceof ApiError && e.code === 'CONFLICT') refresh()
      },
    })
  const conflict = support.error instanceof ApiError && support.error.code === 'CONFLICT'
  return (
    <View className='board-support'>
      <Button
        className={`btn btn--small ${done ? 'btn--done' : 'btn--primary'}`}
        disabled={done || support.isPending}
        onClick={send}
      >
        {done ? '已关注' : '+1 我也遇到'}
      </Button>
      {support.error && !(conflict && detail) ? (
        <Text className='form-error'>{errorMessage(support.error)}</Text>
      ) : null}
    </View>
  )
}

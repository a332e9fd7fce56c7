import { Button, Text, View } from '@tarojs/components'
import { type Ticket } from '@/contract/tickets'
import { errorMessage } from '@/api'
import { useSupportTicket } from '@/data/tickets'

/** 我也遇到: someone else's open problem that affects me too; once per person. */
export function SupportAction({ ticket: t }: { ticket: Ticket }) {
  const support = useSupportTicket()
  if (t.mine || (!t.can.support && !t.supportedByMe)) return null
  return (
    <View className='card ticket-action'>
      <Text className='muted'>
        {t.supportedByMe
          ? '您已关注这个问题，处理进展会通知您。'
          : '您也遇到了这个问题？点一下，让处理部门知道影响了更多人。'}
      </Text>
      <Button
        className={`btn ${t.supportedByMe ? 'btn--done' : 'btn--primary'}`}
        disabled={t.supportedByMe || support.isPending}
        onClick={() => support.mutate(t.id)}
      >
        {t.supportedByMe ? '已关注' : support.isPending ? '正在提交…' : '我也遇到'}
      </Button>
      {support.error ? <Text className='form-error'>{errorMessage(support.error)}</Text> : null}
    </View>
  )
}

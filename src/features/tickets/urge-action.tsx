import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type Ticket } from '@/contract/tickets'
import { ApiError, errorMessage } from '@/api'
import { useUrgeTicket } from '@/data/tickets'
import { urgeWaitHint } from './labels'

function refusal(e: unknown, t: Ticket): string {
  if (e instanceof ApiError && e.code === 'RATE_LIMITED') {
    return urgeWaitHint({ seconds: e.retryAfterSeconds, availableAt: t.urgeAvailableAt })
  }
  return errorMessage(e)
}

/** 催办: once a day while a department has the ticket; otherwise when it may be urged again. */
export function UrgeAction({ ticket: t }: { ticket: Ticket }) {
  const urge = useUrgeTicket(t.id)
  const rateLimited = urge.error instanceof ApiError && urge.error.code === 'RATE_LIMITED'
  if (!t.can.urge && !t.urgeAvailableAt && !urge.error) return null

  return (
    <View className='card ticket-action'>
      <Text className='card__title'>催促处理</Text>
      {t.can.urge && !rateLimited ? (
        <>
          <Text className='muted'>处理太慢？催一催，相关部门会优先处理。每 24 小时可催办一次。</Text>
          <Button
            className='btn btn--primary'
            disabled={urge.isPending}
            onClick={() =>
              urge.mutate(undefined, {
                onSuccess: () => void Taro.showToast({ title: '已催办', icon: 'success' }),
              })
            }
          >
            {urge.isPending ? '正在催办…' : '催办'}
          </Button>
        </>
      ) : (
        !urge.error && <Text className='hint'>{urgeWaitHint({ availableAt: t.urgeAvailableAt })}</Text>
      )}
      {urge.error ? (
        <Text className={rateLimited ? 'hint' : 'form-error'}>{refusal(urge.error, t)}</Text>
      ) : null}
    </View>
  )
}

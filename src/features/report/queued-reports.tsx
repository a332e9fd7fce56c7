import { Button, Text, View } from '@tarojs/components'
import { showDialog } from '@/components/dialog'
import { discardQueued } from './outbox'
import { useQueuedReports } from './use-outbox'

/** Reports waiting on this device for the network: shown first in 我的上报, as 待发送. */
export function QueuedReports() {
  const queued = useQueuedReports()
  if (queued.length === 0) return null
  const discard = async (key: string) => {
    const ok = await showDialog({ title: '删除这条上报？', content: '删除后不会再发送', confirmText: '删除' })
    if (ok) await discardQueued(key)
  }
  return (
    <View className='queued' aria-label='待发送的上报'>
      {queued.map((q) => (
        <View key={q.draft.idempotencyKey} className='card queued__item'>
          <View className='list-row list-row--split'>
            <Text className='list-row__title queued__text'>
              {q.draft.description.trim() || q.draft.location?.address || '未填写描述'}
            </Text>
            <Text className='queued__badge'>待发送</Text>
          </View>
          <Text className='list-row__sub'>
            {q.draft.location?.address ?? ''} · {q.draft.photos.length} 张照片
          </Text>
          {q.refusal ? (
            <View>
              <Text className='form-error'>未能提交：{q.refusal}</Text>
              <Button
                className='btn btn--small btn--danger'
                onClick={() => void discard(q.draft.idempotencyKey)}
              >
                删除
              </Button>
            </View>
          ) : (
            <Text className='list-row__sub'>网络恢复后将自动提交</Text>
          )}
        </View>
      ))}
    </View>
  )
}

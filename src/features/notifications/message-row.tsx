import { Text, View } from '@tarojs/components'
import { NOTIFICATION_KIND_LABELS, type Notification } from '@/contract'
import { messageTime } from './labels'

/** One message: unread dot, what kind, what happened, when; a tap opens what it is about. */
export function MessageRow({
  message: m,
  opens,
  onOpen,
}: {
  message: Notification
  /** whether a tap opens a page (查看详情 ›) */
  opens: boolean
  onOpen: (m: Notification) => void
}) {
  return (
    <View className={`card message ${m.read ? '' : 'message--unread'}`} onClick={() => onOpen(m)}>
      <View className='message__head'>
        {!m.read && <View className='message__dot' role='img' aria-label='未读' />}
        <Text className='message__title'>{m.title}</Text>
        <Text className='tag message__kind'>{NOTIFICATION_KIND_LABELS[m.kind]}</Text>
      </View>
      <Text className='message__body'>{m.body}</Text>
      <View className='message__foot'>
        <Text className='message__time'>{messageTime(m.at)}</Text>
        {opens && <Text className='message__open'>查看详情 ›</Text>}
      </View>
    </View>
  )
}

import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { TICKET_STATUS_LABELS, type GeoPoint } from '@/contract'
import { errorMessage } from '@/api'
import { useNearbyTickets, useSupportTicket } from '@/data/tickets'
import { dialogs } from '@/components/dialog'
import { ROUTES } from '@/components/routes'

interface Props {
  point: GeoPoint | null
  categoryId: string | null
  onSupported: () => void
  /** the form holds something the resident typed or took: say it will go */
  hasDraft?: boolean
}

/** Before filing: the same problem may already be reported a few steps away. */
export function NearbySection({ point, categoryId, onSupported, hasDraft = false }: Props) {
  const nearby = useNearbyTickets(point, categoryId)
  const support = useSupportTicket()
  // leaving the form is the resident's choice: asked first, and the draft stays until it is made
  const meToo = async (id: string) => {
    const yes = await dialogs.confirm({
      title: '是同一个问题吗？',
      content: hasDraft
        ? '点“我也遇到”将跟进这条已有的上报，不再新建；您正在填写的内容会清除。'
        : '点“我也遇到”将跟进这条已有的上报，不再新建。',
      confirmText: '我也遇到',
      cancelText: '再看看',
    })
    if (!yes) return
    support.mutate(id, {
      onSuccess: (done) => {
        onSupported()
        void Taro.navigateTo({ url: ROUTES.ticket(done.id) })
      },
    })
  }
  const items = nearby.data?.items ?? []
  if (items.length === 0) return null
  return (
    <View className='card form-section nearby'>
      <Text className='card__title'>附近已有相同问题</Text>
      <Text className='muted'>如果是同一个问题，点“我也遇到”即可跟进进度，无需重复上报。</Text>
      {items.map((t) => (
        <View key={t.id} className='nearby__item'>
          <View className='nearby__body' onClick={() => void Taro.navigateTo({ url: ROUTES.ticket(t.id) })}>
            <Text className='list-row__title'>{t.excerpt}</Text>
            <Text className='list-row__sub'>
              {TICKET_STATUS_LABELS[t.status]} · {t.address} · {dayjs(t.createdAt).format('M月D日')} ·{' '}
              {t.supportCount} 人遇到
            </Text>
          </View>
          <Button
            className='btn btn--small btn--primary'
            disabled={support.isPending}
            onClick={() => void meToo(t.id)}
          >
            我也遇到
          </Button>
        </View>
      ))}
      {support.error ? <Text className='form-error'>{errorMessage(support.error)}</Text> : null}
    </View>
  )
}

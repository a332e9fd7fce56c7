import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { useState } from 'react'
import { TICKET_STATUS_LABELS, type GeoPoint, type Ticket, type TicketListItem } from '@/contract'
import { errorMessage } from '@/api'
import { useAddTicketPhotos, useNearbyTickets, useSupportTicket } from '@/data/tickets'
import { dialogs } from '@/components/dialog'
import { ROUTES } from '@/components/routes'
import { Toggle } from '@/components/toggle'

interface Props {
  point: GeoPoint | null
  categoryId: string | null
  onSupported: () => void
  /** the form holds something the resident typed or took: say it will go */
  hasDraft?: boolean
  /** the form's photos that are already uploaded: they may go to the existing ticket */
  photoIds?: string[]
}

function confirmText(hasDraft: boolean, photoCount: number): string {
  const follow = '点“我也遇到”将跟进这条已有的上报，不再新建'
  if (photoCount > 0)
    return `${follow}；您拍的 ${photoCount} 张照片会补充到这条上报里${hasDraft ? '，其他填写的内容会清除' : ''}。`
  return hasDraft ? `${follow}；您正在填写的内容会清除。` : `${follow}。`
}

/** Before filing: the same problem may already be reported a few steps away. */
export function NearbySection({ point, categoryId, onSupported, hasDraft = false, photoIds = [] }: Props) {
  const nearby = useNearbyTickets(point, categoryId)
  const support = useSupportTicket()
  const addPhotos = useAddTicketPhotos()
  const [withPhotos, setWithPhotos] = useState(true)
  const photos = withPhotos ? photoIds : []
  const busy = support.isPending || addPhotos.isPending
  // leaving the form is the resident's choice: asked first, and the draft stays until it is made
  const meToo = async (t: TicketListItem) => {
    const yes = await dialogs.confirm({
      title: '是同一个问题吗？',
      content: confirmText(hasDraft, photos.length),
      confirmText: '我也遇到',
      cancelText: '再看看',
    })
    if (!yes) return
    const done = (ticket: Pick<Ticket, 'id'>) => {
      onSupported()
      void Taro.navigateTo({ url: ROUTES.ticket(ticket.id) })
    }
    // 居民补充 after 我也遇到; one already followed (or a retry after the photos failed) only adds them
    const attach = (id: string) => addPhotos.mutate({ id, photos }, { onSuccess: done })
    if (t.supportedByMe || t.mine) {
      if (photos.length > 0) attach(t.id)
      else done(t)
      return
    }
    support.mutate(t.id, {
      onSuccess: (ticket) => (photos.length > 0 ? attach(ticket.id) : done(ticket)),
    })
  }
  const items = nearby.data?.items ?? []
  if (items.length === 0) return null
  const error = support.error ?? addPhotos.error
  return (
    <View className='card form-section nearby'>
      <Text className='card__title'>附近已有相同问题</Text>
      <Text className='muted'>如果是同一个问题，点“我也遇到”即可跟进进度，无需重复上报。</Text>
      {photoIds.length > 0 && (
        <View className='nearby__photos'>
          <Text className='nearby__photos-text'>同时补充我拍的 {photoIds.length} 张照片</Text>
          <Toggle on={withPhotos} label='同时补充我拍的照片' onChange={setWithPhotos} />
        </View>
      )}
      {items.map((t) => (
        <View key={t.id} className='nearby__item'>
          <View className='nearby__body' onClick={() => void Taro.navigateTo({ url: ROUTES.ticket(t.id) })}>
            <Text className='list-row__title'>{t.excerpt}</Text>
            <Text className='list-row__sub'>
              {TICKET_STATUS_LABELS[t.status]} · {t.address} · {dayjs(t.createdAt).format('M月D日')} ·{' '}
              {t.supportCount} 人遇到
            </Text>
          </View>
          <Button className='btn btn--small btn--primary' disabled={busy} onClick={() => void meToo(t)}>
            我也遇到
          </Button>
        </View>
      ))}
      {error ? <Text className='form-error'>{errorMessage(error)}</Text> : null}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROUTES } from '@/components/routes'
import { useTicketList } from '@/data/tickets'
import { TicketProgress } from '@/entities/ticket/ticket-progress'

const OPEN = new Set(['submitted', 'accepted', 'dispatched', 'processing'])

/** 进行中的诉求: my latest report still being handled, where it stands and how long is left. */
export function OpenTicketCard() {
  const list = useTicketList({ scope: 'mine' })
  const t = list.items.find((x) => OPEN.has(x.status))
  if (list.query.isPending) return <View className='card open-ticket open-ticket--loading' aria-hidden />
  if (!t) return null
  return (
    <View
      className='card open-ticket'
      role='link'
      onClick={() => void Taro.navigateTo({ url: ROUTES.ticket(t.id) })}
    >
      <View className='open-ticket__head'>
        <Text className='card__title'>进行中的诉求</Text>
        <Text className='open-ticket__more'>查看 ›</Text>
      </View>
      <Text className='open-ticket__what'>{`${t.categoryName} · ${t.excerpt}`}</Text>
      <TicketProgress status={t.status} deadline={t.deadline} />
    </View>
  )
}

import Taro from '@tarojs/taro'
import { ItemPage } from '@/components/item-page'
import { ROUTES } from '@/components/routes'
import { TicketTimeline } from '@/entities/ticket/ticket-timeline'
import { RateForm } from './rate-form'
import { RatingView } from './rating-view'
import { ReopenForm } from './reopen-form'
import { ShareAction } from './share-action'
import { SupportAction } from './support-action'
import { TicketOverview } from './ticket-overview'
import { UrgeAction } from './urge-action'
import { useTicket } from '@/data/tickets'
import type { EmptyProps } from '@/components/empty-state'

const NOT_FOUND: EmptyProps = {
  text: '没有找到这个问题',
  hint: '链接可能不完整，请回到首页重新查找。',
  action: { label: '返回首页', onClick: () => void Taro.switchTab({ url: ROUTES.home }) },
}

/** 问题详情: the problem, its promise, what I can do now, and every step so far. */
export function TicketDetail({ id }: { id: string }) {
  const ticket = useTicket(id)
  return (
    <ItemPage id={id} query={ticket} notFound={NOT_FOUND}>
      {(t) => (
        <>
          <TicketOverview ticket={t} />
          {t.rating && <RatingView rating={t.rating} mine={t.mine} />}
          <UrgeAction ticket={t} />
          {t.can.rate && <RateForm ticket={t} />}
          {t.can.reopen && <ReopenForm ticket={t} />}
          <SupportAction ticket={t} />
          <TicketTimeline events={t.timeline} />
          <ShareAction ticket={t} />
        </>
      )}
    </ItemPage>
  )
}

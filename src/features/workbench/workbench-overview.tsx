import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { WorkbenchTicket } from '@/contract'
import { ROUTES } from '@/components/routes'
import { OverdueTag, StatusBadge } from '@/components/status-badge'
import { TicketPhotos } from '@/components/ticket-photos'
import { shortDateTime } from '@/components/time'
import { urgeLine } from './labels'
import { UrgeTag } from './tags'

function Row({ label, children, bad }: { label: string; children: string; bad?: boolean }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className={`info-row__value ${bad ? 'deadline--overdue' : ''}`}>{children}</Text>
    </View>
  )
}

function deadlineText(t: WorkbenchTicket): string {
  if (!t.deadline) return '派单后开始计时'
  return `承诺 ${shortDateTime(t.deadline)} 前办结${t.overdue ? '（已超期）' : ''}`
}

/** What the problem is, where, who reported it, who has it now, and by when — plus how often it was urged. */
export function WorkbenchOverview({ ticket: t }: { ticket: WorkbenchTicket }) {
  const urged = urgeLine(t)
  return (
    <View className='card ticket-overview'>
      <View className='ticket-overview__head'>
        <StatusBadge status={t.status} />
        {t.overdue && <OverdueTag />}
        <UrgeTag count={t.urgeCount} />
        <Text className='ticket-overview__category'>{t.categoryName}</Text>
      </View>
      <Text className='muted'>{[t.gridName, t.communityName].filter(Boolean).join(' · ')}</Text>
      {urged && <Text className='hint urge-line'>{urged}</Text>}
      <Text className='ticket-overview__description'>{t.description}</Text>
      <TicketPhotos photos={t.photos} label='现场照片' />
      <View className='ticket-overview__rows'>
        <Row label='地点'>{t.address}</Row>
        <Row label='上报时间'>{shortDateTime(t.createdAt)}</Row>
        <Row label='上报人'>{t.reporter ? t.reporter.name : '匿名'}</Row>
        {t.departmentName && <Row label='承办部门'>{t.departmentName}</Row>}
        {(t.deadline || t.status === 'submitted' || t.status === 'accepted') && (
          <Row label='办结时限' bad={t.overdue}>
            {deadlineText(t)}
          </Row>
        )}
        {t.resolvedAt && <Row label='办结时间'>{shortDateTime(t.resolvedAt)}</Row>}
        {t.supportCount > 0 && <Row label='也遇到'>{`${t.supportCount} 人`}</Row>}
      </View>
      {t.mergedIntoId && (
        <View
          className='merged-link'
          onClick={() => void Taro.navigateTo({ url: ROUTES.workbenchTicket(t.mergedIntoId!) })}
        >
          <Text>已合并到相同的问题，点这里查看 ›</Text>
        </View>
      )}
    </View>
  )
}

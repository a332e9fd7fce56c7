import { Button, Text, View } from '@tarojs/components'
import type { WorkbenchTicket } from '@/contract'
import { InfoRow } from '@/components/info-row'
import { ROUTES } from '@/components/routes'
import { shortDateTime } from '@/components/time'
import { TicketOverviewFrame } from '@/entities/ticket/ticket-overview-frame'
import { urgeLine } from './labels'
import { callPhone } from '@/platform/phone'
import { QueueTags } from './flags'

function deadlineText(t: WorkbenchTicket): string {
  if (!t.deadline) return '派单后开始计时'
  return `承诺 ${shortDateTime(t.deadline)} 前办结${t.overdue ? '（已超期）' : ''}`
}

/** The reporter's number in full (only the grid's own worker gets it) and a one-tap call. */
function ReporterPhone({ ticket: t }: { ticket: WorkbenchTicket }) {
  if (!t.reporterPhone) {
    return <InfoRow label='联系电话'>{t.anonymous ? '匿名上报，没有留电话' : '上报人没有留电话'}</InfoRow>
  }
  const phone = t.reporterPhone
  return (
    <View className='reporter-phone'>
      <InfoRow label='联系电话'>{phone}</InfoRow>
      <Button
        className='btn btn--primary reporter-phone__call'
        aria-label={`打电话给上报人 ${phone.split('').join(' ')}`}
        onClick={() => void callPhone(phone)}
      >
        打电话给上报人
      </Button>
    </View>
  )
}

/** What the problem is, where, who reported it, who has it now, and by when — plus how often it was urged. */
export function WorkbenchOverview({ ticket: t }: { ticket: WorkbenchTicket }) {
  const urged = urgeLine(t)
  return (
    <TicketOverviewFrame
      ticket={t}
      tags={<QueueTags ticket={t} />}
      sub={
        <>
          <Text className='muted'>{[t.gridName, t.communityName].filter(Boolean).join(' · ')}</Text>
          {urged && <Text className='hint urge-line'>{urged}</Text>}
        </>
      }
      mergedText='已合并到相同的问题，点这里查看 ›'
      mergedHref={ROUTES.workbenchTicket}
      rows={
        <>
          <InfoRow label='地点'>{t.address}</InfoRow>
          <InfoRow label='上报时间'>{shortDateTime(t.createdAt)}</InfoRow>
          <InfoRow label='上报人'>{t.reporter ? t.reporter.name : '匿名'}</InfoRow>
          <ReporterPhone ticket={t} />
          {t.departmentName && <InfoRow label='承办部门'>{t.departmentName}</InfoRow>}
          {(t.deadline || t.status === 'submitted' || t.status === 'accepted') && (
            <InfoRow label='办结时限' bad={t.overdue}>
              {deadlineText(t)}
            </InfoRow>
          )}
          {t.resolvedAt && <InfoRow label='办结时间'>{shortDateTime(t.resolvedAt)}</InfoRow>}
          {t.supportCount > 0 && <InfoRow label='也遇到'>{`${t.supportCount} 人`}</InfoRow>}
        </>
      }
    />
  )
}

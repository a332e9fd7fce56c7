import { Text, View } from '@tarojs/components'
import { PARTICIPATION_STATUS_LABELS, type Activity } from '@/contract'
import { shortDateTime } from '@/components/time'
import { InfoRow } from '@/components/info-row'
import { durationText } from './labels'

/** My sign-up: when I signed up, checked in and out, the time counted and the points it earned. */
export function MyParticipation({ activity: a }: { activity: Activity }) {
  const p = a.mine
  if (!p) return null
  const forgotten = p.status === 'completed' && p.checkoutAt === null
  return (
    <View className='card my-participation'>
      <Text className='card__title'>我的参与</Text>
      <InfoRow label='状态' strong>
        {PARTICIPATION_STATUS_LABELS[p.status]}
      </InfoRow>
      <InfoRow label='报名时间'>{shortDateTime(p.signedUpAt)}</InfoRow>
      {p.checkinAt && <InfoRow label='签到时间'>{shortDateTime(p.checkinAt)}</InfoRow>}
      {p.checkoutAt && <InfoRow label='签退时间'>{shortDateTime(p.checkoutAt)}</InfoRow>}
      {forgotten && <InfoRow label='签退时间'>未签退，按活动结束时间计算</InfoRow>}
      {p.servedMinutes !== null && <InfoRow label='服务时长'>{durationText(p.servedMinutes)}</InfoRow>}
      {p.points !== null && (
        <InfoRow label='获得积分' strong>
          {`${p.points} 分`}
        </InfoRow>
      )}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import type { Activity } from '@/contract'
import { shortDateTime } from '@/components/time'
import { ActivityTags } from './activity-tags'
import { InfoRow } from '@/components/info-row'
import { timeRange } from './labels'

function placesText(a: Activity): string {
  if (a.capacityLeft === 0) return `名额已满（共 ${a.capacity} 人）`
  return `剩余 ${a.capacityLeft} 个（共 ${a.capacity} 人）`
}

/** What, when, where, who runs it, places left and what it earns. */
export function ActivityOverview({ activity: a }: { activity: Activity }) {
  return (
    <View className='card activity-overview'>
      <View className='activity-card__head'>
        <ActivityTags activity={a} />
      </View>
      <Text className='activity-overview__title'>{a.title}</Text>
      <InfoRow label='时间' strong>
        {timeRange(a.startAt, a.endAt)}
      </InfoRow>
      <InfoRow label='地点'>{a.place}</InfoRow>
      <InfoRow label='组织方'>{a.organiser}</InfoRow>
      <InfoRow label='名额'>{placesText(a)}</InfoRow>
      <InfoRow label='报名截止'>{shortDateTime(a.signupDeadline)}</InfoRow>
      <InfoRow label='积分'>{a.pointsRule}</InfoRow>
    </View>
  )
}

/** The rest of the detail: what it is about, what to bring, whom to ask. */
export function ActivityAbout({ activity: a }: { activity: Activity }) {
  return (
    <View className='card activity-about'>
      <Text className='card__title'>活动介绍</Text>
      <Text className='activity-about__text'>{a.description}</Text>
      {a.bring.length > 0 && (
        <>
          <Text className='activity-about__label'>请携带</Text>
          {a.bring.map((b) => (
            <Text key={b} className='activity-about__item'>
              · {b}
            </Text>
          ))}
        </>
      )}
      <InfoRow label='联系方式'>{a.contact}</InfoRow>
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ActivitySummary } from '@/contract'
import { ROUTES } from '@/components/routes'
import { ActivityTags } from './activity-tags'
import { timeRange } from './labels'

function placesText(a: ActivitySummary): string {
  if (a.status === 'ended') return `共 ${a.capacity} 个名额`
  return a.capacityLeft > 0 ? `剩余 ${a.capacityLeft} 个名额` : '名额已满'
}

function pointsText(a: ActivitySummary): string {
  if (a.mine?.status === 'completed') return `获得 ${a.mine.points ?? 0} 分`
  return `最多 ${a.maxPoints} 分`
}

/** One activity in a list; tapping it opens the detail. */
export function ActivityCard({ activity: a }: { activity: ActivitySummary }) {
  return (
    <View className='card activity-card' onClick={() => void Taro.navigateTo({ url: ROUTES.activity(a.id) })}>
      <View className='activity-card__head'>
        <ActivityTags activity={a} />
      </View>
      <Text className='activity-card__title'>{a.title}</Text>
      <Text className='activity-card__line'>{timeRange(a.startAt, a.endAt)}</Text>
      <Text className='activity-card__line'>{a.place}</Text>
      <View className='activity-card__foot'>
        <Text className={a.capacityLeft === 0 && a.status !== 'ended' ? 'activity-card__full' : ''}>
          {placesText(a)}
        </Text>
        <Text className='activity-card__points'>{pointsText(a)}</Text>
      </View>
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import type { PublicStats } from '@/contract'

function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`
}

function hours(h: number | null): string {
  if (h === null) return '—'
  return h < 48 ? `${Math.round(h)} 小时` : `${Math.round(h / 24)} 天`
}

/** 本月受理, 本月办结, 满意率, 平均办结时长 of my community: figures that say the city answers. */
export function CommunityStats({ stats }: { stats: PublicStats }) {
  const figures: [string, string][] = [
    ['本月受理', `${stats.received}`],
    ['本月办结', `${stats.resolved}`],
    ['满意率', percent(stats.satisfaction)],
    ['平均办结时长', hours(stats.averageHours)],
  ]
  return (
    <View className='card community-stats'>
      <Text className='card__title'>{`${stats.communityName ?? '本区'}本月`}</Text>
      <View className='community-stats__grid'>
        {figures.map(([label, value]) => (
          <View key={label} className='community-stats__cell' aria-label={`${label} ${value}`}>
            <Text className='community-stats__value'>{value}</Text>
            <Text className='community-stats__label'>{label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

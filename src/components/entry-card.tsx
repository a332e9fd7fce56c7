import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface Props {
  title: string
  sub: string
  /** a count or amount beside the title (e.g. 6 open activities, 120 points); hidden while unknown */
  badge?: string | null
  /** what the badge counts, for screen readers: 报名中的活动 */
  badgeLabel?: string
  onClick: () => void
}

/** One entry card on 首页: a title, a line on what is inside, and a count badge. */
export function EntryCard({ title, sub, badge, badgeLabel, onClick }: Props) {
  return (
    <View className='entry-card' onClick={onClick}>
      <View className='entry-card__head'>
        <Text className='entry-card__title'>{title}</Text>
        {badge ? (
          <Text className='entry-card__badge' aria-label={badgeLabel ? `${badgeLabel} ${badge}` : undefined}>
            {badge}
          </Text>
        ) : null}
      </View>
      <Text className='entry-card__sub'>{sub}</Text>
    </View>
  )
}

/** Entry cards side by side; in 长辈模式 they stack so the large type is not squeezed. */
export function EntryRow({ children }: { children: ReactNode }) {
  return <View className='entry-row'>{children}</View>
}

/** A row of 我的 that opens a page, with a value on the right (a balance, a count). */
export function LinkRow({
  title,
  sub,
  value,
  onClick,
}: {
  title: string
  sub?: string
  value?: string | null
  onClick: () => void
}) {
  return (
    <View className='list-row list-row--link link-row' onClick={onClick}>
      <View className='link-row__body'>
        <Text className='list-row__title'>{title}</Text>
        {sub && <Text className='list-row__sub'>{sub}</Text>}
      </View>
      {value ? <Text className='link-row__value'>{value}</Text> : null}
    </View>
  )
}

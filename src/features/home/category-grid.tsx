import { Image, Text, View } from '@tarojs/components'
import type { PublicStats } from '@/contract'
import { categoryIcon, MORE_ICON } from './category-icons'

/**
 * The most-reported problem types as big icons, and 更多: one tap opens 上报 with that type
 * already chosen (`onPick`), or the whole list.
 */
/** The grid's room while the figures load: as many grey tiles as the grid shows (seven types and 更多). */
export function CategoryGridLoading() {
  return (
    <View className='category-grid' aria-hidden>
      {Array.from({ length: 8 }, (_, i) => (
        <View key={i} className='category-grid__item'>
          <View className='category-grid__icon skeleton skeleton--round' />
          <View className='category-grid__name skeleton skeleton--line' />
        </View>
      ))}
    </View>
  )
}

export function CategoryGrid({
  top,
  onPick,
  onMore,
}: {
  top: PublicStats['topCategories']
  onPick: (categoryId: string) => void
  onMore: () => void
}) {
  return (
    <View className='category-grid' role='group' aria-label='常见问题，点一下直接上报'>
      {top.map((c) => (
        <View
          key={c.categoryId}
          role='button'
          aria-label={`上报${c.name}`}
          className='category-grid__item'
          onClick={() => onPick(c.categoryId)}
        >
          <Image className='category-grid__icon' src={categoryIcon(c.categoryId)} aria-hidden />
          <Text className='category-grid__name'>{c.name}</Text>
        </View>
      ))}
      <View role='button' aria-label='更多问题类型' className='category-grid__item' onClick={onMore}>
        <Image className='category-grid__icon' src={MORE_ICON} aria-hidden />
        <Text className='category-grid__name'>更多</Text>
      </View>
    </View>
  )
}

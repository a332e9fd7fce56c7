import { Text, View } from '@tarojs/components'
import type { Ticket } from '@/contract/tickets'
import { STAR_WORDS, StarRating } from './star-rating'

export function RatingView({ rating, mine }: { rating: NonNullable<Ticket['rating']>; mine: boolean }) {
  return (
    <View className='card rating-view'>
      <Text className='card__title'>{mine ? '我的评价' : '居民评价'}</Text>
      <View className='rating-view__row'>
        <StarRating value={rating.stars} />
        <Text className='rating-view__words'>{`${rating.stars} 星 · ${STAR_WORDS[rating.stars]}`}</Text>
      </View>
      {rating.comment && <Text className='rating-view__comment'>{rating.comment}</Text>}
    </View>
  )
}

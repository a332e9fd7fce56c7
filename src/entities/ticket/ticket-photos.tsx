import { View } from '@tarojs/components'
import { PhotoImage } from '@/components/photo-tile'
import type { Photo } from '@/contract/tickets'

/** Photos in a grid; a tap opens the full-screen viewer at that photo. */
export function TicketPhotos({ photos, label }: { photos: Photo[]; label: string }) {
  if (photos.length === 0) return null
  const urls = photos.map((p) => p.url)
  return (
    <View className='ticket-photos'>
      {photos.map((p, i) => (
        <View key={p.id} className='ticket-photos__cell'>
          <PhotoImage
            className='ticket-photos__img'
            src={p.url}
            urls={urls}
            lazyLoad
            label={`${label} ${i + 1}`}
            alt={`${label} ${i + 1}`}
          />
        </View>
      ))}
    </View>
  )
}

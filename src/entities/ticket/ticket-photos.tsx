import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Photo } from '@/contract/tickets'

/** Photos in a grid; a tap opens the full-screen viewer at that photo. */
export function TicketPhotos({ photos, label }: { photos: Photo[]; label: string }) {
  if (photos.length === 0) return null
  const urls = photos.map((p) => p.url)
  return (
    <View className='ticket-photos'>
      {photos.map((p, i) => (
        <View key={p.id} className='ticket-photos__cell'>
          <Image
            className='ticket-photos__img'
            src={p.url}
            mode='aspectFill'
            lazyLoad
            aria-label={`${label} ${i + 1}`}
            // the <img> inside Taro's image gets its text alternative: imgProps in React's
            // components, nativeProps in the H5 build's web components
            imgProps={{ alt: `${label} ${i + 1}` }}
            nativeProps={{ alt: `${label} ${i + 1}` }}
            onClick={() => void Taro.previewImage({ current: p.url, urls }).catch(() => undefined)}
          />
        </View>
      ))}
    </View>
  )
}

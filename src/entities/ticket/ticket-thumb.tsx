import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'

/** A ticket's first photo, or a plain placeholder when there is none or it fails to load. */
export function TicketThumb({ url, alt = '问题照片' }: { url: string | null; alt?: string }) {
  const [failed, setFailed] = useState(false)
  if (!url || failed) {
    return (
      <View className='ticket-thumb ticket-thumb--empty'>
        <Text className='ticket-thumb__text'>无照片</Text>
      </View>
    )
  }
  return (
    <Image
      className='ticket-thumb'
      src={url}
      mode='aspectFill'
      lazyLoad
      aria-label={alt}
      // the <img> inside Taro's H5 image gets its text alternative
      imgProps={{ alt }}
      onError={() => setFailed(true)}
    />
  )
}

import { Image, Text, View } from '@tarojs/components'
import { previewImage } from '@/platform/preview-image'

/**
 * A photo filling its cell; a tap opens the full-screen viewer at it among `urls`. `label` is
 * what a screen reader says; `alt`, when given, is the text alternative of the <img> inside
 * Taro's H5 image (its imgProps).
 */
export function PhotoImage(p: {
  className: string
  src: string
  urls: string[]
  label: string
  alt?: string
  lazyLoad?: boolean
}) {
  const alt = p.alt === undefined ? undefined : { alt: p.alt }
  return (
    <Image
      className={p.className}
      src={p.src}
      mode='aspectFill'
      lazyLoad={p.lazyLoad}
      aria-label={p.label}
      imgProps={alt}
      onClick={() => void previewImage({ current: p.src, urls: p.urls }).catch(() => undefined)}
    />
  )
}

/** The ＋ cell after the photos: 处理中… while a photo is being prepared, when a tap does nothing. */
export function AddPhotoTile(p: { busy: boolean; label: string; role?: 'button'; onAdd: () => void }) {
  return (
    <View
      className={`photo photo--add ${p.busy ? 'photo--busy' : ''}`}
      role={p.role}
      aria-label={p.label}
      onClick={() => !p.busy && p.onAdd()}
    >
      <Text className='photo__plus'>{p.busy ? '处理中…' : '＋'}</Text>
      {!p.busy && <Text className='photo__hint'>拍照/相册</Text>}
    </View>
  )
}

import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MAX_RESULT_PHOTOS, type ResultPhoto } from './use-result-photos'

function Status({ photo }: { photo: ResultPhoto }) {
  if (photo.uploadId) return <Text className='photo__badge photo__badge--ok'>已上传</Text>
  if (photo.error) return <Text className='photo__badge photo__badge--bad'>上传失败</Text>
  return (
    <View className='photo__progress'>
      <View className='photo__bar' style={{ width: `${photo.percent}%` }} />
      <Text className='photo__percent'>{photo.percent}%</Text>
    </View>
  )
}

interface Props {
  /** what the photos are, for screen readers: 处理后照片 by default */
  what?: string
  photos: ResultPhoto[]
  preparing: boolean
  onAdd: () => void
  onRemove: (key: string) => void
  onRetry: (photo: ResultPhoto) => void
}

/** Photos after the fix, each with its upload progress, ✕ to remove, 重试 on a failure; ＋ adds more. */
export function ResultPhotos({ photos, preparing, onAdd, onRemove, onRetry, what = '处理后照片' }: Props) {
  const preview = (p: ResultPhoto) =>
    void Taro.previewImage({ current: p.path, urls: photos.map((x) => x.path) }).catch(() => undefined)
  return (
    <View className='photo-grid'>
      {photos.map((p, i) => (
        <View key={p.key} className='photo'>
          <Image
            className='photo__img'
            src={p.path}
            mode='aspectFill'
            aria-label={`${what} ${i + 1}`}
            onClick={() => preview(p)}
          />
          <Status photo={p} />
          <View className='photo__remove' aria-label={`删除照片 ${i + 1}`} onClick={() => onRemove(p.key)}>
            <Text>×</Text>
          </View>
          {p.error && (
            <View className='photo__retry' onClick={() => onRetry(p)}>
              <Text>点此重试</Text>
            </View>
          )}
        </View>
      ))}
      {photos.length < MAX_RESULT_PHOTOS && (
        <View
          className={`photo photo--add ${preparing ? 'photo--busy' : ''}`}
          aria-label={`添加${what}`}
          onClick={() => !preparing && onAdd()}
        >
          <Text className='photo__plus'>{preparing ? '处理中…' : '＋'}</Text>
          {!preparing && <Text className='photo__hint'>拍照/相册</Text>}
        </View>
      )}
    </View>
  )
}

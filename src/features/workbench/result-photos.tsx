import { Text, View } from '@tarojs/components'
import { AddPhotoTile, PhotoImage } from '@/components/photo-tile'
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
  const urls = photos.map((p) => p.path)
  return (
    <View className='photo-grid'>
      {photos.map((p, i) => (
        <View key={p.key} className='photo'>
          <PhotoImage className='photo__img' src={p.path} urls={urls} label={`${what} ${i + 1}`} />
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
        <AddPhotoTile busy={preparing} label={`添加${what}`} onAdd={onAdd} />
      )}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import { AddPhotoTile, PhotoImage } from '@/components/photo-tile'
import type { DraftPhoto } from './draft'
import { MAX_PHOTOS } from './photos'
import type { UploadState } from './use-photo-uploads'

interface Props {
  photos: DraftPhoto[]
  states: Record<string, UploadState>
  busy: boolean
  onAdd: () => void
  onRemove: (p: DraftPhoto) => void
  onRetry: (p: DraftPhoto) => void
}

function Status({ photo, state }: { photo: DraftPhoto; state?: UploadState }) {
  if (photo.uploaded) return <Text className='photo__badge photo__badge--ok'>已上传</Text>
  if (state?.status === 'failed')
    return <Text className='photo__badge photo__badge--bad'>{state.reason}</Text>
  const percent = Math.min(100, Math.round(state?.status === 'uploading' ? state.percent : 0))
  return (
    <View className='photo__progress'>
      <View className='photo__bar' style={{ width: `${percent}%` }} />
      {/* all bytes sent, the server is still storing it: say so instead of a stuck 100% */}
      <Text className='photo__percent'>{percent >= 100 ? '处理中' : `${percent}%`}</Text>
    </View>
  )
}

export function PhotoGrid({ photos, states, busy, onAdd, onRemove, onRetry }: Props) {
  const urls = photos.map((p) => p.path)
  return (
    <View className='photo-grid'>
      {photos.map((p, i) => {
        const state = states[p.localId]
        return (
          <View key={p.localId} className='photo'>
            <PhotoImage
              className='photo__img'
              src={p.path}
              urls={urls}
              label={`现场照片 ${i + 1}，点击查看大图`}
              alt={`现场照片 ${i + 1}`}
            />
            <Status photo={p} state={state} />
            <View
              className='photo__remove'
              role='button'
              onClick={() => onRemove(p)}
              aria-label={`删除照片 ${i + 1}`}
            >
              <Text>×</Text>
            </View>
            {state?.status === 'failed' && (
              <View
                className='photo__retry'
                role='button'
                onClick={() => onRetry(p)}
                aria-label={`重新上传照片 ${i + 1}`}
              >
                <Text>点此重试</Text>
              </View>
            )}
          </View>
        )
      })}
      {photos.length < MAX_PHOTOS && (
        <AddPhotoTile busy={busy} role='button' label='拍照/相册，添加照片' onAdd={onAdd} />
      )}
    </View>
  )
}

import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { GeoPoint } from '@/contract'
import { ApiError } from '@/api'
import { useCreateTicket } from '@/data/tickets'
import { definitelyRefused, newIdempotencyKey } from '@/data/write'
import { ROUTES } from '@/components/routes'
import { Toggle } from '@/components/toggle'
import { readPhotoPosition } from '@/platform/location'
import { pickImages } from '@/platform/media'
import { isOnline } from '@/platform/network'
import { askForUpdates } from '@/platform/subscribe'
import { deletePhoto } from '@/platform/photo-store'
import { CategorySection } from './category-section'
import { type DraftPhoto } from './draft'
import { LocationSection } from './location-section'
import { NearbySection } from './nearby-section'
import { enqueueReport } from './outbox'
import { PhotoGrid } from './photo-grid'
import { MAX_PHOTOS, preparePhotos } from './photos'
import {
  errorsFromServer,
  FIELD_TITLES,
  firstProblem,
  toBody,
  validateDraft,
  type FieldErrors,
} from './submit'
import { usePhotoUploads } from './use-photo-uploads'
import { useReportDraft } from './use-report-draft'

export function ReportForm() {
  const { draft, update, reset, handOff, restored, notice, dismissNotice } = useReportDraft()
  const uploads = usePhotoUploads(draft.photos, update, restored)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [preparing, setPreparing] = useState(false)
  const [refused, setRefused] = useState<string[]>([])
  const [photoPosition, setPhotoPosition] = useState<GeoPoint | null>(null)

  const clearError = (f: keyof FieldErrors) => setErrors(({ [f]: _gone, ...rest }) => rest)

  const addPhotos = async () => {
    setRefused([])
    const picked = await pickImages(MAX_PHOTOS - draft.photos.length, MAX_PHOTOS).catch(() => null)
    if (!picked || picked.images.length + picked.refused.length === 0) return
    setPreparing(true)
    const first = draft.photos.length === 0 ? picked.images[0] : undefined
    const [prepared, position] = await Promise.all([
      preparePhotos(picked.images),
      first ? readPhotoPosition(first) : Promise.resolve(null),
    ])
    setPreparing(false)
    setRefused([...picked.refused.map((r) => `“${r.name}”${r.reason}`), ...prepared.refused])
    if (position) setPhotoPosition(position)
    if (prepared.photos.length) {
      update((d) => ({ photos: [...d.photos, ...prepared.photos] }))
      clearError('photos')
    }
  }

  const removePhoto = (p: DraftPhoto) => {
    update((d) => ({ photos: d.photos.filter((x) => x.localId !== p.localId) }))
    void deletePhoto(p.localId, p.path)
  }

  const submit = useCreateTicket()

  /** No network: the report waits on the device, photos and key included, and goes when it returns. */
  const queue = () => {
    enqueueReport(draft)
    handOff('网络恢复后将自动提交，可在“我的上报”查看')
    void Taro.showToast({ title: '网络恢复后将自动提交', icon: 'none' })
  }

  const onSubmit = () => {
    if (submit.isPending) return
    const offline = !isOnline()
    // offline, photos cannot be uploaded yet: the outbox uploads them before filing
    const found = validateDraft(draft, offline ? { pending: false, failed: false } : uploads)
    setErrors(found)
    const first = firstProblem(found)
    if (first) {
      void Taro.pageScrollTo({ selector: `#report-${first}`, duration: 200 }).catch(() => undefined)
      return
    }
    if (offline) return queue()
    askForUpdates()
    submit.mutate(
      { body: toBody(draft), idempotencyKey: draft.idempotencyKey },
      {
        onSuccess: async (ticket) => {
          await reset(draft)
          void Taro.showToast({ title: '上报成功', icon: 'success' })
          void Taro.navigateTo({ url: ROUTES.ticket(ticket.id) })
        },
        onError: (e) => {
          // the network went while sending: same key in the outbox, so a report that did arrive is not filed twice
          if (!isOnline() && e instanceof ApiError && e.transient) return queue()
          setErrors(errorsFromServer(e))
          // the key lives in the draft; the one write policy says when it must change
          if (definitelyRefused(e)) update({ idempotencyKey: newIdempotencyKey() })
        },
      },
    )
  }

  const length = draft.description.trim().length
  return (
    <View className='report-form'>
      {notice && (
        <View className='notice' onClick={dismissNotice}>
          <Text>{notice}</Text>
        </View>
      )}
      <View className='card form-section' id='report-photos'>
        <Text className='card__title'>
          现场照片（{draft.photos.length}/{MAX_PHOTOS}）
        </Text>
        <PhotoGrid
          photos={draft.photos}
          states={uploads.states}
          busy={preparing}
          onAdd={() => void addPhotos()}
          onRemove={removePhoto}
          onRetry={uploads.retry}
        />
        {draft.photos.map((p, i) => {
          const st = uploads.states[p.localId]
          return st?.status === 'failed' ? (
            <Text key={p.localId} className='form-error'>
              照片 {i + 1}：{st.message}
            </Text>
          ) : null
        })}
        {refused.map((r) => (
          <Text key={r} className='form-error'>
            {r}
          </Text>
        ))}
        {errors.photos && <Text className='form-error'>{errors.photos}</Text>}
      </View>

      <View id='report-location' />
      <LocationSection
        location={draft.location}
        photoPosition={photoPosition}
        error={errors.location}
        onChange={(location) => {
          update({ location })
          clearError('location')
        }}
      />

      <View id='report-category' />
      <CategorySection
        value={draft.categoryId}
        error={errors.category}
        onChange={(categoryId) => {
          update({ categoryId })
          clearError('category')
        }}
      />

      <NearbySection
        point={draft.location?.point ?? null}
        categoryId={draft.categoryId}
        onSupported={() => void reset(draft)}
        hasDraft={draft.photos.length > 0 || draft.description.trim() !== ''}
        photoIds={draft.photos.flatMap((p) => (p.uploaded ? [p.uploaded.id] : []))}
      />

      <View className='card form-section' id='report-description'>
        <Text className='card__title'>问题描述</Text>
        <Textarea
          className='textarea'
          value={draft.description}
          maxlength={500}
          placeholder='请描述问题，例如：路口东侧的电线杆向人行道倾斜，有倒塌危险'
          onInput={(e) => {
            update({ description: e.detail.value })
            clearError('description')
          }}
        />
        <Text className={`counter ${length > 500 ? 'counter--bad' : ''}`}>{length}/500</Text>
        {errors.description && <Text className='form-error'>{errors.description}</Text>}
        <View className='list-row list-row--split'>
          <View>
            <Text className='list-row__title'>匿名上报</Text>
            <Text className='list-row__sub'>公开时不显示您的名字</Text>
          </View>
          <Toggle on={draft.anonymous} label='匿名上报' onChange={(anonymous) => update({ anonymous })} />
        </View>
        <Text className='list-row__title' id='report-contactPhone'>
          联系电话（选填）
        </Text>
        <Input
          className='input'
          type='number'
          maxlength={11}
          value={draft.contactPhone}
          placeholder='方便工作人员联系您'
          aria-label='联系电话'
          onInput={(e) => {
            update({ contactPhone: e.detail.value })
            clearError('contactPhone')
          }}
        />
        {errors.contactPhone && <Text className='form-error'>{errors.contactPhone}</Text>}
      </View>

      <View className='submit-bar'>
        {(errors.form || firstProblem(errors)) && (
          <View role='alert'>
            <Text className='form-error form-error--block'>
              {errors.form ?? `请先完成“${FIELD_TITLES[firstProblem(errors)!]}”`}
            </Text>
          </View>
        )}
        <Button className='btn btn--primary btn--submit' disabled={submit.isPending} onClick={onSubmit}>
          {submit.isPending ? '正在提交…' : errors.form ? '重新提交' : '提交上报'}
        </Button>
      </View>
    </View>
  )
}

import { Button, Picker, Text, Textarea, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { serverProblem } from '@/api/server-problem'
import type { GeoPoint } from '@/contract'
import { useCategories } from '@/data/reference'
import { useReportHazard } from '@/data/patrols'
import { getCurrentPosition } from '@/platform/location'
import { closeAndSay } from './action-form'
import { ResultPhotos } from './result-photos'
import { useResultPhotos } from './use-result-photos'

/**
 * A hazard found on the walk: a photo, the kind, then 现场解决 (with a photo after the fix) or
 * 上报 (it enters the grid's queue already accepted). The place is where the worker stands.
 */
export function HazardForm({
  patrolId,
  lastKnown,
  onClose,
}: {
  patrolId: string
  /** the walk's latest sampled position: used when a fresh fix cannot be had */
  lastKnown: GeoPoint | null
  onClose: () => void
}) {
  const categories = useCategories()
  const leaves = useMemo(
    () => (categories.data?.items ?? []).flatMap((g) => g.children.map((c) => ({ ...c, group: g.name }))),
    [categories.data],
  )
  const [index, setIndex] = useState(0)
  const [note, setNote] = useState('')
  const [solving, setSolving] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const before = useResultPhotos()
  const after = useResultPhotos()
  const report = useReportHazard()
  const chosen = leaves[index]

  const send = async (solved: boolean) => {
    if (!chosen) return setProblem('分类还没有加载好，请稍等')
    if (before.ids.length === 0) return setProblem('请先拍一张现场照片')
    if (before.uploading || after.uploading) return setProblem('照片还在上传，请稍等')
    if (solved && after.ids.length === 0) return setProblem('现场解决请拍一张处理后的照片')
    let location: GeoPoint
    try {
      location = await getCurrentPosition()
    } catch {
      if (!lastKnown) return setProblem('暂时无法定位，请走到空旷处再试，或在设置中允许定位')
      location = lastKnown
    }
    const body = {
      categoryId: chosen.id,
      photos: before.ids,
      location,
      solved,
      ...(solved ? { afterPhotos: after.ids } : {}),
      ...(note.trim() ? { description: note.trim() } : {}),
    }
    report.mutate({ id: patrolId, body }, closeAndSay(onClose, solved ? '已记录现场解决' : '已上报'))
  }

  return (
    <View className='card hazard-form'>
      <Text className='card__title'>发现问题</Text>
      <Text className='resolve-form__label'>现场照片</Text>
      <ResultPhotos
        what='现场照片'
        photos={before.photos}
        preparing={before.preparing}
        onAdd={() => void before.add()}
        onRemove={before.remove}
        onRetry={before.retry}
      />
      <Picker
        mode='selector'
        range={leaves.map((c) => `${c.group} · ${c.name}`)}
        value={index}
        onChange={(e) => setIndex(Number(e.detail.value))}
      >
        <View className='picker-field' aria-label='问题类别'>
          <Text>{chosen ? `类别：${chosen.group} · ${chosen.name} ›` : '正在加载类别…'}</Text>
        </View>
      </Picker>
      <Textarea
        className='textarea textarea--short'
        value={note}
        maxlength={200}
        placeholder='补充说明（可不填）'
        aria-label='补充说明'
        onInput={(e) => setNote(e.detail.value)}
      />
      {solving && (
        <>
          <Text className='resolve-form__label'>处理后照片</Text>
          <ResultPhotos
            photos={after.photos}
            preparing={after.preparing}
            onAdd={() => void after.add()}
            onRemove={after.remove}
            onRetry={after.retry}
          />
        </>
      )}
      {problem && <Text className='form-error'>{problem}</Text>}
      {report.error ? <Text className='form-error'>{serverProblem(report.error)}</Text> : null}
      <View className='button-pair'>
        <Button
          className='btn'
          disabled={report.isPending}
          onClick={() => {
            setProblem(null)
            if (!solving) setSolving(true)
            else void send(true)
          }}
        >
          {solving ? '确认现场解决' : '现场解决'}
        </Button>
        <Button className='btn btn--primary' disabled={report.isPending} onClick={() => void send(false)}>
          {report.isPending ? '正在提交…' : '上报'}
        </Button>
      </View>
      <Button className='btn btn--small' onClick={onClose}>
        取消
      </Button>
    </View>
  )
}

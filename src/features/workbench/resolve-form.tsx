import { Text } from '@tarojs/components'
import { useState } from 'react'
import { ResolveBody, type WorkbenchTicket } from '@/contract'
import { useResolveTicket } from '@/data/workbench'
import { ActionForm, ActionNote, closeAndSay, useActionSheet } from './action-form'
import { ResultPhotos } from './result-photos'
import { useResultPhotos } from './use-result-photos'

/** Everything to fix before sending, one line each: the note, then the photos. */
function problems(note: string, p: ReturnType<typeof useResultPhotos>): string[] {
  const found: string[] = []
  const checked = ResolveBody.shape.note.safeParse(note)
  if (!checked.success) found.push(checked.error.issues[0].message)
  if (p.failed) found.push('有照片上传失败，请点照片重试或删除')
  else if (p.uploading) found.push('照片还在上传，请稍等')
  else {
    const photos = ResolveBody.shape.photos.safeParse(p.ids)
    if (!photos.success) found.push(photos.error.issues[0].message)
  }
  return found
}

/** 现场办结: what was done and at least one photo of the result; the reporter sees both. */
export function ResolveForm({ ticket: t, onClose }: { ticket: WorkbenchTicket; onClose: () => void }) {
  const [note, setNote] = useState('')
  const photos = useResultPhotos()
  const resolve = useResolveTicket(t.id)
  const { setProblem, edit, sheet } = useActionSheet(resolve, onClose)
  const submit = () => {
    const found = problems(note, photos)
    setProblem(found)
    if (found.length > 0) return
    resolve.mutate({ note: note.trim(), photos: photos.ids }, closeAndSay(onClose, '已办结'))
  }
  return (
    <ActionForm
      title='现场办结'
      hint='写下处理结果，拍一张处理后的照片，上报人会看到。'
      className='resolve-form'
      {...sheet}
      confirmLabel='确认办结'
      onConfirm={submit}
    >
      <ActionNote
        value={note}
        label='处理结果'
        placeholder='例如：已联系物业清理，现场恢复通行'
        counted
        onInput={edit(setNote)}
      />
      <Text className='resolve-form__label'>处理后照片（{photos.photos.length}/9）</Text>
      <ResultPhotos
        photos={photos.photos}
        preparing={photos.preparing}
        onAdd={() => {
          setProblem(null)
          void photos.add()
        }}
        onRemove={photos.remove}
        onRetry={photos.retry}
      />
      {photos.refused.map((r) => (
        <Text key={r} className='form-error'>
          {r}
        </Text>
      ))}
    </ActionForm>
  )
}

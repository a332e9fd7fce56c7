import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { type DispatchPreview, type WorkbenchTicket } from '@/contract'
import { useDispatchTicket } from '@/data/workbench'
import { ActionForm, ActionNote, MAX_NOTE, useActionSheet } from './action-form'
import { dispatchLine, slaHint } from './labels'

/**
 * 派单: to the department owning the category (the server's default), with the promised
 * deadline shown before confirming; an optional note for the department.
 */
export function DispatchForm({
  ticket: t,
  preview,
  onClose,
}: {
  ticket: WorkbenchTicket
  preview: DispatchPreview
  onClose: () => void
}) {
  const [note, setNote] = useState('')
  const dispatch = useDispatchTicket(t.id)
  const { setProblem, edit, sheet } = useActionSheet(dispatch, onClose)
  const submit = () => {
    const tooLong = note.trim().length > MAX_NOTE ? `说明最多 ${MAX_NOTE} 个字` : null
    setProblem(tooLong)
    if (tooLong) return
    const text = note.trim()
    dispatch.mutate(text ? { note: text } : {}, {
      onSuccess: (next) => {
        onClose()
        void Taro.showToast({ title: `已派给${next.departmentName ?? '部门'}`, icon: 'none' })
      },
    })
  }
  return (
    <ActionForm
      title='派单到职能部门'
      className='dispatch-form'
      {...sheet}
      field='note'
      confirmLabel='确认派单'
      onConfirm={submit}
    >
      <View className='dispatch-preview'>
        <Text className='dispatch-preview__line'>{dispatchLine(preview)}</Text>
        <Text className='muted'>{slaHint(preview.slaHours)}，部门按问题类别确定。</Text>
      </View>
      <ActionNote
        value={note}
        label='给承办部门的说明'
        placeholder='给承办部门的说明（选填），例如：东侧第二根电线杆'
        onInput={edit(setNote)}
      />
    </ActionForm>
  )
}

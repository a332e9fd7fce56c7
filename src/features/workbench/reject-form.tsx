import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { RejectBody, type WorkbenchTicket } from '@/contract'
import { useRejectTicket } from '@/data/workbench'
import { ActionForm, ActionNote, closeAndSay, useActionSheet } from './action-form'

/** The reasons a grid worker gives most; a tap fills them in, the text can still be changed. */
export const REJECT_PRESETS = [
  '不属于本网格的管理范围',
  '现场核实没有发现这个问题',
  '属于私人财产或小区物业管理，请联系物业',
  '信息不全，无法找到现场',
  '重复上报',
]

/** 不予受理: the reason is required, and the reporter reads it. */
export function RejectForm({ ticket: t, onClose }: { ticket: WorkbenchTicket; onClose: () => void }) {
  const [reason, setReason] = useState('')
  const reject = useRejectTicket(t.id)
  const { edit, check, sheet } = useActionSheet(reject, onClose)
  const editReason = edit(setReason)
  const submit = () => {
    if (check(RejectBody, { reason })) reject.mutate(reason.trim(), closeAndSay(onClose, '已不予受理', 'none'))
  }
  return (
    <ActionForm
      title='不予受理'
      hint='选一个常用原因，或自己写明原因，上报人会看到。'
      className='reject-form'
      {...sheet}
      field='reason'
      confirmLabel='确认不予受理'
      danger
      onConfirm={submit}
    >
      <View className='preset-list' role='list'>
        {REJECT_PRESETS.map((p) => (
          <View
            key={p}
            role='button'
            className={`preset ${reason === p ? 'preset--on' : ''}`}
            onClick={() => editReason(p)}
          >
            <Text>{p}</Text>
          </View>
        ))}
      </View>
      <ActionNote
        value={reason}
        label='不予受理的原因'
        placeholder='例如：不属于本网格的管理范围，已电话告知居民'
        counted
        onInput={editReason}
      />
    </ActionForm>
  )
}

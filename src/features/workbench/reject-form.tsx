import { Text, Textarea } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { RejectBody, type WorkbenchTicket } from '@/contract'
import { useRejectTicket } from '@/data/workbench'
import { ActionForm } from './action-form'

const MAX_REASON = 200

/** 不予受理: the reason is required, and the reporter reads it. */
export function RejectForm({ ticket: t, onClose }: { ticket: WorkbenchTicket; onClose: () => void }) {
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const reject = useRejectTicket(t.id)
  const submit = () => {
    const checked = RejectBody.safeParse({ reason })
    setProblem(checked.success ? null : checked.error.issues[0].message)
    if (!checked.success) return
    reject.mutate(reason.trim(), {
      onSuccess: () => {
        onClose()
        void Taro.showToast({ title: '已不予受理', icon: 'none' })
      },
    })
  }
  const length = reason.trim().length
  return (
    <ActionForm
      title='不予受理'
      hint='请写明原因，上报人会看到。'
      className='reject-form'
      problem={problem}
      error={reject.error}
      field='reason'
      busy={reject.isPending}
      confirmLabel='确认不予受理'
      danger
      onCancel={onClose}
      onConfirm={submit}
    >
      <Textarea
        className='textarea'
        value={reason}
        maxlength={MAX_REASON}
        placeholder='例如：不属于本网格的管理范围，已电话告知居民'
        aria-label='不予受理的原因'
        onInput={(e) => {
          setReason(e.detail.value)
          setProblem(null)
          reject.reset()
        }}
      />
      <Text className={`counter ${length > MAX_REASON ? 'counter--bad' : ''}`}>
        {length}/{MAX_REASON}
      </Text>
    </ActionForm>
  )
}

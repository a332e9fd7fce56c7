import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { type WorkbenchTicket } from '@/contract'
import { useAcceptTicket } from '@/data/workbench'
import { serverProblem } from '@/api/server-problem'
import { DispatchForm } from './dispatch-form'
import { dispatchLine } from './labels'
import { MergePicker } from './merge-picker'
import { RejectForm } from './reject-form'
import { ResolveForm } from './resolve-form'

type Sheet = 'reject' | 'merge' | 'dispatch' | 'resolve'

/** What the worker is waiting for when there is nothing to do here. */
function waiting(t: WorkbenchTicket): string | null {
  switch (t.status) {
    case 'dispatched':
    case 'processing':
      return `${t.departmentName ?? '承办部门'}正在办理，办结后居民会收到通知。`
    case 'resolved':
      return '已办结，等待居民评价。'
    default:
      return null
  }
}

/**
 * The actions the server says are possible now (`can`), as large buttons; each but 受理 opens
 * its own sheet in place of the buttons, one at a time.
 */
export function ActionPanel({ ticket: t }: { ticket: WorkbenchTicket }) {
  const [sheet, setSheet] = useState<Sheet | null>(null)
  const accept = useAcceptTicket(t.id)
  const close = () => setSheet(null)

  if (sheet === 'reject' && t.can.reject) return <RejectForm ticket={t} onClose={close} />
  if (sheet === 'merge' && t.can.merge) return <MergePicker ticket={t} onClose={close} />
  if (sheet === 'resolve' && t.can.resolve) return <ResolveForm ticket={t} onClose={close} />
  if (sheet === 'dispatch' && t.can.dispatch && t.dispatchPreview) {
    return <DispatchForm ticket={t} preview={t.dispatchPreview} onClose={close} />
  }

  const { can } = t
  if (!can.accept && !can.reject && !can.merge && !can.dispatch && !can.resolve) {
    const note = waiting(t)
    return note ? <Text className='hint'>{note}</Text> : null
  }
  const open = (s: Sheet) => () => {
    accept.reset()
    setSheet(s)
  }
  return (
    <View className='card ticket-action action-panel'>
      <Text className='card__title'>处理</Text>
      {can.accept && (
        <Button
          className='btn btn--primary'
          disabled={accept.isPending}
          onClick={() =>
            !accept.isPending &&
            accept.mutate(undefined, {
              onSuccess: () => void Taro.showToast({ title: '已受理', icon: 'success' }),
            })
          }
        >
          {accept.isPending ? '正在受理…' : '受理'}
        </Button>
      )}
      {can.dispatch && t.dispatchPreview && (
        <>
          <Text className='muted'>{dispatchLine(t.dispatchPreview)}</Text>
          <Button className='btn btn--primary' onClick={open('dispatch')}>
            派单
          </Button>
        </>
      )}
      {can.resolve && (
        <Button className='btn' onClick={open('resolve')}>
          现场办结
        </Button>
      )}
      {can.merge && (
        <Button className='btn' onClick={open('merge')}>
          合并到相同问题
        </Button>
      )}
      {can.reject && (
        <Button className='btn btn--danger' onClick={open('reject')}>
          不予受理
        </Button>
      )}
      {accept.error ? <Text className='form-error'>{serverProblem(accept.error)}</Text> : null}
    </View>
  )
}

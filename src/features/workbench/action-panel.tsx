import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type WorkbenchTicket } from '@/contract'
import { useAcceptTicket, useSuperviseTicket } from '@/data/workbench'
import { serverProblem } from '@/api/server-problem'
import { StepButton } from '@/components/step-button'
import { DispatchForm } from './dispatch-form'
import { dispatchLine } from './labels'
import { MergePicker } from './merge-picker'
import { RecategorizeForm } from './recategorize-form'
import { RejectForm } from './reject-form'
import { ResolveForm } from './resolve-form'

type Sheet = 'reject' | 'merge' | 'dispatch' | 'resolve' | 'recategorize'

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
 * The actions the server says are possible now (`can`), as large buttons; each but 受理 and 督办
 * opens its own sheet in place of the buttons, one at a time. After a 409 the data layer reloads
 * the ticket (useConflictReload) and these buttons follow the new `can`.
 */
export function ActionPanel({ ticket: t }: { ticket: WorkbenchTicket }) {
  const [sheet, setSheet] = useState<Sheet | null>(null)
  const accept = useAcceptTicket(t.id)
  const supervise = useSuperviseTicket(t.id)
  const close = () => setSheet(null)

  if (sheet === 'reject' && t.can.reject) return <RejectForm ticket={t} onClose={close} />
  if (sheet === 'merge' && t.can.merge) return <MergePicker ticket={t} onClose={close} />
  if (sheet === 'resolve' && t.can.resolve) return <ResolveForm ticket={t} onClose={close} />
  if (sheet === 'recategorize' && t.can.recategorize) return <RecategorizeForm ticket={t} onClose={close} />
  if (sheet === 'dispatch' && t.can.dispatch && t.dispatchPreview) {
    return <DispatchForm ticket={t} preview={t.dispatchPreview} onClose={close} />
  }

  const { can } = t
  const note = waiting(t)
  if (
    !can.accept &&
    !can.reject &&
    !can.merge &&
    !can.dispatch &&
    !can.resolve &&
    !can.recategorize &&
    !can.supervise
  ) {
    return note ? <Text className='hint'>{note}</Text> : null
  }
  const open = (s: Sheet) => () => {
    accept.reset()
    supervise.reset()
    setSheet(s)
  }
  const error = accept.error ?? supervise.error
  return (
    <View className='card ticket-action action-panel'>
      <Text className='card__title'>处理</Text>
      {note && !can.accept && !can.dispatch && <Text className='muted'>{note}</Text>}
      {can.accept && (
        <StepButton step={accept} vars={undefined} className='btn btn--primary' done='已受理'>
          {accept.isPending ? '正在受理…' : '受理'}
        </StepButton>
      )}
      {can.dispatch && t.dispatchPreview && (
        <>
          <Text className='muted'>{dispatchLine(t.dispatchPreview)}</Text>
          <Button className='btn btn--primary' onClick={open('dispatch')}>
            派单
          </Button>
        </>
      )}
      {can.supervise && (
        <StepButton step={supervise} vars='' className='btn btn--danger' done='已督办'>
          {supervise.isPending ? '正在督办…' : `督办${t.departmentName ?? '承办部门'}`}
        </StepButton>
      )}
      {can.resolve && (
        <Button className='btn' onClick={open('resolve')}>
          现场办结
        </Button>
      )}
      {can.recategorize && (
        <Button className='btn' onClick={open('recategorize')}>
          改派（分类不对）
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
      {error ? <Text className='form-error'>{serverProblem(error)}</Text> : null}
    </View>
  )
}

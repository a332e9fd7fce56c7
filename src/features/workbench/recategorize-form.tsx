import { Picker, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { RecategorizeBody, type WorkbenchTicket } from '@/contract'
import { useCategories } from '@/data/reference'
import { useRecategorizeTicket } from '@/data/workbench'
import { ActionForm, ActionNote, closeAndSay } from './action-form'
import { slaHint } from './labels'

/**
 * 改派: the right category; department and deadline follow it (a dispatched ticket goes to the
 * new category's department at once, its deadline counted from now). The reason goes on the timeline.
 */
export function RecategorizeForm({ ticket: t, onClose }: { ticket: WorkbenchTicket; onClose: () => void }) {
  const categories = useCategories()
  const leaves = useMemo(
    () =>
      (categories.data?.items ?? [])
        .flatMap((g) => g.children.map((c) => ({ ...c, group: g.name })))
        .filter((c) => c.id !== t.categoryId),
    [categories.data, t.categoryId],
  )
  const [index, setIndex] = useState<number | null>(null)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const change = useRecategorizeTicket(t.id)
  const edited = () => {
    setProblem(null)
    change.reset()
  }
  const chosen = index === null ? null : leaves[index]
  const dispatched = t.status === 'dispatched' || t.status === 'processing'

  const submit = () => {
    if (!chosen) return setProblem('请选择正确的分类')
    const checked = RecategorizeBody.safeParse({ categoryId: chosen.id, reason })
    setProblem(checked.success ? null : checked.error.issues[0].message)
    if (!checked.success) return
    change.mutate(checked.data, closeAndSay(onClose, '已改派'))
  }
  return (
    <ActionForm
      title='改派（更正分类）'
      hint={`现在是“${t.categoryName}”。${dispatched ? '改派后会重新派给新分类的责任部门，时限从现在算起。' : ''}`}
      className='recategorize-form'
      problem={problem}
      error={change.error}
      field='categoryId'
      busy={change.isPending}
      confirmLabel='确认改派'
      onCancel={onClose}
      onConfirm={submit}
    >
      <Picker
        mode='selector'
        range={leaves.map((c) => `${c.group} · ${c.name}`)}
        value={index ?? 0}
        onChange={(e) => {
          setIndex(Number(e.detail.value))
          setProblem(null)
        }}
      >
        <View className='picker-field' aria-label='选择正确的分类'>
          <Text>{chosen ? `${chosen.group} · ${chosen.name}` : '点这里选择正确的分类 ›'}</Text>
        </View>
      </Picker>
      {chosen && (
        <Text className='muted'>{`由 ${chosen.departmentName} 办理，${slaHint(chosen.slaHours)}`}</Text>
      )}
      <ActionNote
        value={reason}
        label='改派的原因'
        placeholder='改派的原因，例如：现场看是水管漏水，不是路面积水'
        onInput={(value) => {
          setReason(value)
          edited()
        }}
      />
    </ActionForm>
  )
}

import { Picker, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { RecategorizeBody, type WorkbenchTicket } from '@/contract'
import { useCategories } from '@/data/reference'
import { useRecategorizeTicket } from '@/data/workbench'
import { ActionForm, ActionNote, closeAndSay, useActionSheet } from './action-form'
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
  const change = useRecategorizeTicket(t.id)
  const { setProblem, edit, check, sheet } = useActionSheet(change, onClose)
  const chosen = index === null ? null : leaves[index]
  const dispatched = t.status === 'dispatched' || t.status === 'processing'

  const submit = () => {
    if (!chosen) return setProblem('请选择正确的分类')
    const body = check(RecategorizeBody, { categoryId: chosen.id, reason })
    if (body) change.mutate(body, closeAndSay(onClose, '已改派'))
  }
  return (
    <ActionForm
      title='改派（更正分类）'
      hint={`现在是“${t.categoryName}”。${dispatched ? '改派后会重新派给新分类的责任部门，时限从现在算起。' : ''}`}
      className='recategorize-form'
      {...sheet}
      field='categoryId'
      confirmLabel='确认改派'
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
        onInput={edit(setReason)}
      />
    </ActionForm>
  )
}

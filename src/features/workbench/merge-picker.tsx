import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type MergeCandidate, type WorkbenchTicket } from '@/contract'
import { useMergeCandidates, useMergeTicket } from '@/data/workbench'
import { QueryState } from '@/components/query-state'
import { StatusBadge } from '@/entities/ticket/status-badge'
import { fromNow } from '@/components/time'
import { ActionForm, closeAndSay, useActionSheet } from './action-form'
import { distanceText } from './labels'

function Candidate({ c, on, onPick }: { c: MergeCandidate; on: boolean; onPick: () => void }) {
  return (
    <View
      className={`merge-candidate ${on ? 'merge-candidate--on' : ''}`}
      role='radio'
      aria-checked={on}
      onClick={onPick}
    >
      <View className='merge-candidate__head'>
        <StatusBadge status={c.status} />
        <Text className='merge-candidate__category'>{c.categoryName}</Text>
        {on && <Text className='merge-candidate__chosen'>✓ 已选择</Text>}
      </View>
      <Text className='merge-candidate__excerpt'>{c.excerpt}</Text>
      <Text className='merge-candidate__meta'>
        {`相距 ${distanceText(c.distanceMeters)}${c.sameCategory ? ' · 同类问题' : ''} · ${fromNow(c.createdAt)}上报`}
      </Text>
      <Text className='merge-candidate__meta'>{c.address}</Text>
    </View>
  )
}

/** 合并: pick the nearby ticket this one duplicates; the reporter follows that one from now on. */
export function MergePicker({ ticket: t, onClose }: { ticket: WorkbenchTicket; onClose: () => void }) {
  const [intoId, setIntoId] = useState<string | null>(null)
  const candidates = useMergeCandidates(t.id)
  const merge = useMergeTicket(t.id)
  const { setProblem, edited, sheet } = useActionSheet(merge, onClose)
  const submit = () => {
    if (!intoId) return setProblem('请先选择要合并到的问题')
    merge.mutate(intoId, closeAndSay(onClose, '已合并'))
  }
  const items = candidates.data?.items ?? []
  return (
    <ActionForm
      title='合并到相同的问题'
      hint='附近 200 米内还没办结的问题，同类的在前。合并后，上报人会跟着所选的问题看进度。'
      className='merge-picker'
      {...sheet}
      confirmLabel='合并到所选问题'
      onConfirm={submit}
    >
      <QueryState
        isPending={candidates.isPending}
        error={candidates.error}
        onRetry={() => void candidates.refetch()}
        isEmpty={items.length === 0}
        empty='附近没有可以合并的问题'
      >
        <View className='merge-candidates' role='radiogroup' aria-label='可以合并到的问题'>
          {items.map((c) => (
            <Candidate
              key={c.id}
              c={c}
              on={c.id === intoId}
              onPick={() => {
                setIntoId(c.id)
                edited()
              }}
            />
          ))}
        </View>
      </QueryState>
    </ActionForm>
  )
}

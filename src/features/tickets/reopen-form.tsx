import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ReopenBody, type Ticket } from '@/contract/tickets'
import { useReopenTicket } from '@/data/tickets'
import { serverProblem } from '@/api/server-problem'

const MAX_REASON = 200

/** 重新处理: not satisfied with the result; the reason goes back to the grid worker. */
export function ReopenForm({ ticket: t }: { ticket: Ticket }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const reopen = useReopenTicket(t.id)

  const submit = () => {
    if (reopen.isPending) return
    const checked = ReopenBody.safeParse({ reason })
    setProblem(checked.success ? null : checked.error.issues[0].message)
    if (!checked.success) return
    reopen.mutate(reason.trim(), {
      onSuccess: () => {
        setOpen(false)
        setReason('')
        void Taro.showToast({ title: '已提交，将重新处理', icon: 'none' })
      },
    })
  }

  if (!open) {
    return (
      <View className='card ticket-action'>
        <Text className='muted'>对处理结果不满意？办结后 7 天内可以要求重新处理。</Text>
        <Button className='btn' onClick={() => setOpen(true)}>
          不满意，重新处理
        </Button>
      </View>
    )
  }
  const length = reason.trim().length
  return (
    <View className='card ticket-action reopen-form'>
      <Text className='card__title'>重新处理</Text>
      <Text className='muted'>请说明哪里没有处理好（5 到 {MAX_REASON} 个字）</Text>
      <Textarea
        className='textarea'
        value={reason}
        maxlength={MAX_REASON}
        placeholder='例如：路灯修好两天又不亮了'
        onInput={(e) => {
          setReason(e.detail.value)
          setProblem(null)
          reopen.reset()
        }}
      />
      <Text className={`counter ${length > MAX_REASON ? 'counter--bad' : ''}`}>
        {length}/{MAX_REASON}
      </Text>
      {problem && <Text className='form-error'>{problem}</Text>}
      {reopen.error ? <Text className='form-error'>{serverProblem(reopen.error, 'reason')}</Text> : null}
      <View className='button-pair'>
        <Button className='btn' onClick={() => setOpen(false)}>
          取消
        </Button>
        <Button className='btn btn--primary' disabled={reopen.isPending} onClick={submit}>
          {reopen.isPending ? '正在提交…' : '提交'}
        </Button>
      </View>
    </View>
  )
}

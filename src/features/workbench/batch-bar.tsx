import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BatchAction, type BatchResult } from '@/contract'
import { serverProblem } from '@/api/server-problem'
import { useBatchTickets } from '@/data/workbench'

const DONE: Record<BatchAction, string> = { accept: '受理', dispatch: '派单' }

/** "已受理 3 件；1 件没有办成：只有待受理的问题可以受理" */
export function batchSummary(action: BatchAction, results: readonly BatchResult[]): string {
  const ok = results.filter((r) => r.ok).length
  const failed = results.filter((r) => !r.ok)
  const head = ok > 0 ? `已${DONE[action]} ${ok} 件` : `没有${DONE[action]}成功`
  if (failed.length === 0) return head
  const reasons = [...new Set(failed.map((r) => r.error?.message ?? '未知原因'))].join('；')
  return `${head}；${failed.length} 件没有办成：${reasons}`
}

/** 批量受理 / 批量派单 for the chosen tickets; each ticket succeeds or fails on its own. */
export function BatchBar({
  selected,
  onDone,
  onCancel,
}: {
  selected: string[]
  onDone: (summary: string) => void
  onCancel: () => void
}) {
  const batch = useBatchTickets()
  const run = (action: BatchAction) => () => {
    if (selected.length === 0 || batch.isPending) return
    batch.mutate(
      { action, ids: selected },
      {
        onSuccess: ({ results }) => {
          const summary = batchSummary(action, results)
          onDone(summary)
          void Taro.showToast({ title: summary.slice(0, 7), icon: 'none' })
        },
      },
    )
  }
  return (
    <View className='batch-bar' role='toolbar' aria-label='批量处理'>
      <Text className='batch-bar__count'>{`已选择 ${selected.length} 件`}</Text>
      <View className='button-pair'>
        {BatchAction.options.map((action) => (
          <Button
            key={action}
            className='btn btn--primary'
            disabled={selected.length === 0 || batch.isPending}
            onClick={run(action)}
          >
            {`批量${DONE[action]}`}
          </Button>
        ))}
      </View>
      <Button className='btn btn--small' onClick={onCancel}>
        退出批量处理
      </Button>
      {batch.error ? <Text className='form-error'>{serverProblem(batch.error)}</Text> : null}
    </View>
  )
}

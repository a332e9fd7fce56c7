import { Button, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type Activity } from '@/contract'
import { errorMessage } from '@/api'
import { useJoinWaitlist, useLeaveWaitlist } from '@/data/volunteer'

/** A button for one step in the line: it says so while sent, and in a toast once done. */
function StepButton(p: {
  step: ReturnType<typeof useJoinWaitlist>
  className: string
  busy: boolean
  label: string
  pending: string
  done: string
}) {
  const toast = () => void Taro.showToast({ title: p.done, icon: 'success' })
  return (
    <Button
      className={p.className}
      disabled={p.busy}
      onClick={() => p.step.mutate(undefined, { onSuccess: toast })}
    >
      {p.step.isPending ? p.pending : p.label}
    </Button>
  )
}

/**
 * 候补 for a full activity: join the line, see my place in it, or leave it. When someone cancels,
 * the first in line is signed up by the server and gets a message; this card then turns into
 * the signed-up one on the next visit.
 */
export function Waitlist({ activity: a }: { activity: Activity }) {
  const join = useJoinWaitlist(a.id)
  const leave = useLeaveWaitlist(a.id)
  const busy = join.isPending || leave.isPending
  const error = join.error ?? leave.error
  const position = a.waitlist.myPosition

  if (position !== null) {
    return (
      <>
        <Text className='notice activity-actions__waiting'>
          {position === 1
            ? '您在候补第 1 位，有人取消就轮到您'
            : `您在候补第 ${position} 位，前面还有 ${position - 1} 人`}
        </Text>
        <Text className='muted'>轮到您时会自动为您报名，并在「消息」里通知您。</Text>
        {a.can.leaveWaitlist && (
          <StepButton
            step={leave}
            className='btn'
            busy={busy}
            label='取消候补'
            pending='正在取消…'
            done='已取消候补'
          />
        )}
        {error ? <Text className='form-error'>{errorMessage(error)}</Text> : null}
      </>
    )
  }
  return (
    <>
      <Text className='notice activity-actions__blocked'>
        {a.waitlist.count > 0 ? `名额已满，已有 ${a.waitlist.count} 人候补` : '名额已满'}
      </Text>
      <StepButton
        step={join}
        className='btn btn--primary btn--submit'
        busy={busy}
        label='候补'
        pending='正在候补…'
        done='已加入候补'
      />
      <Text className='muted'>有人取消报名时，按候补先后自动为您报名，并发消息通知您。</Text>
      {error ? <Text className='form-error'>{errorMessage(error)}</Text> : null}
    </>
  )
}

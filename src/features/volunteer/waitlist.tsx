import { Text } from '@tarojs/components'
import { type Activity } from '@/contract'
import { errorMessage } from '@/api'
import { StepButton } from '@/components/step-button'
import { useJoinWaitlist, useLeaveWaitlist } from '@/data/volunteer'

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
          <StepButton step={leave} vars={undefined} className='btn' busy={busy} done='已取消候补'>
            {leave.isPending ? '正在取消…' : '取消候补'}
          </StepButton>
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
        vars={undefined}
        className='btn btn--primary btn--submit'
        busy={busy}
        done='已加入候补'
      >
        {join.isPending ? '正在候补…' : '候补'}
      </StepButton>
      <Text className='muted'>有人取消报名时，按候补先后自动为您报名，并发消息通知您。</Text>
      {error ? <Text className='form-error'>{errorMessage(error)}</Text> : null}
    </>
  )
}

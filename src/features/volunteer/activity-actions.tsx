import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type Activity } from '@/contract'
import { errorMessage } from '@/api'
import { dialogs } from '@/components/dialog'
import { ROUTES } from '@/components/routes'
import { StepButton } from '@/components/step-button'
import { shortDateTime } from '@/components/time'
import { canScan } from '@/platform/scan'
import { useCancelSignup, useSignUp } from '@/data/volunteer'
import { Waitlist } from './waitlist'

function toast(title: string) {
  void Taro.showToast({ title, icon: 'success' })
}

function go(a: Activity, kind: 'checkin' | 'checkout') {
  void Taro.navigateTo({ url: ROUTES.attendance(a.id, kind) })
}

/** Why I cannot sign up, when I have no sign-up: the server's plain words. */
function blockedText(a: Activity): string {
  if (a.mine?.status === 'absent') return '您报名了这个活动，但没有签到'
  return a.signupBlockedReason ?? '现在不能报名'
}

/** 报名 / 取消报名 / 签到 / 签退: what I can do with the activity now, with the server's refusals. */
export function ActivityActions({ activity: a }: { activity: Activity }) {
  const signUp = useSignUp(a.id)
  const cancel = useCancelSignup(a.id)
  const status = a.mine?.status
  const error = signUp.error ?? cancel.error
  const busy = signUp.isPending || cancel.isPending
  const scan = canScan()

  const confirmCancel = async () => {
    const confirm = await dialogs.confirm({
      title: '取消报名',
      content:
        a.waitlist.count > 0
          ? `确定不参加「${a.title}」了吗？取消后名额会自动让给候补的第一位。`
          : `确定不参加「${a.title}」了吗？取消后名额会让给其他人。`,
      confirmText: '取消报名',
      cancelText: '再想想',
    })
    if (confirm) cancel.mutate(undefined, { onSuccess: () => toast('已取消报名') })
  }

  if (status === 'completed') return null
  let body
  if (status === 'checked_in') {
    body = (
      <>
        <Text className='hint'>
          {`您已签到。活动结束时请${scan ? '扫码' : '输入签到码'}签退，签退后按服务时长得积分（${shortDateTime(a.checkoutClosesAt)} 前可签退）。`}
        </Text>
        <Button className='btn btn--primary btn--submit' onClick={() => go(a, 'checkout')}>
          {scan ? '扫码签退' : '签退'}
        </Button>
      </>
    )
  } else if (status === 'signed_up') {
    body = (
      <>
        <Text className='hint'>
          {a.can.checkin
            ? `您已报名。到达现场后，请${scan ? '扫描现场的二维码' : '输入现场二维码下方的签到码'}签到。`
            : `您已报名。活动开始前 1 小时起可签到（${shortDateTime(a.checkinOpensAt)} 起）。`}
        </Text>
        <Button className='btn btn--primary btn--submit' onClick={() => go(a, 'checkin')}>
          {scan ? '扫码签到' : '签到'}
        </Button>
        {a.can.cancel && (
          <Button className='btn' disabled={busy} onClick={() => void confirmCancel()}>
            {cancel.isPending ? '正在取消…' : '取消报名'}
          </Button>
        )}
      </>
    )
  } else if (a.can.signup) {
    body = (
      <>
        <StepButton
          step={signUp}
          vars={undefined}
          className='btn btn--primary btn--submit'
          busy={busy}
          done='报名成功'
        >
          {signUp.isPending ? '正在报名…' : '报名参加'}
        </StepButton>
        <Text className='muted'>报名后如不能参加，请在活动开始前取消，把名额让给其他人。</Text>
      </>
    )
  } else if (a.can.waitlist || a.can.leaveWaitlist) {
    body = <Waitlist activity={a} />
  } else {
    body = <Text className='notice activity-actions__blocked'>{blockedText(a)}</Text>
  }
  const problem = error ? errorMessage(error) : null
  return (
    <View className='card activity-actions'>
      {body}
      {problem && problem !== a.signupBlockedReason && <Text className='form-error'>{problem}</Text>}
    </View>
  )
}

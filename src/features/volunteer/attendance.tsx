import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { type Activity } from '@/contract'
import { ApiError, errorMessage } from '@/api'
import { CodeEntry } from '@/components/code-entry'
import { QueryData } from '@/components/query-state'
import { ROUTES } from '@/components/routes'
import { shortDateTime } from '@/components/time'
import { canScan } from '@/platform/scan'
import { durationText, span } from './labels'
import { useActivity, useAttendance } from '@/data/volunteer'

export type AttendanceKind = 'checkin' | 'checkout'

const NAMES: Record<AttendanceKind, string> = { checkin: '签到', checkout: '签退' }

function windowText(a: Activity, kind: AttendanceKind): string {
  if (kind === 'checkin') return `签到时间：${span(a.checkinOpensAt, a.endAt)}`
  return `签退时间：至 ${shortDateTime(a.checkoutClosesAt)}。忘记签退的，服务时长只算到活动结束。`
}

/** The server's words; for a wrong code, what it says about the code. */
function refusal(e: unknown): string {
  if (e instanceof ApiError && e.fields.code) return e.fields.code
  return errorMessage(e)
}

function Done({ activity: a, kind }: { activity: Activity; kind: AttendanceKind }) {
  const p = a.mine
  return (
    <View className='attendance-done'>
      <Text className='attendance-done__title'>✓ {NAMES[kind]}成功</Text>
      {kind === 'checkin' ? (
        <Text className='attendance-done__line'>
          {p?.checkinAt ? `签到时间 ${shortDateTime(p.checkinAt)}。` : ''}
          活动结束时请再扫码签退，才能得到积分。
        </Text>
      ) : (
        <Text className='attendance-done__line'>
          {`服务 ${durationText(p?.servedMinutes ?? 0)}，获得 ${p?.points ?? 0} 积分`}
        </Text>
      )}
      {kind === 'checkout' && (
        <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: ROUTES.points })}>
          查看我的积分
        </Button>
      )}
      <Button
        className='btn'
        onClick={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: ROUTES.activity(a.id) }))}
      >
        返回活动
      </Button>
    </View>
  )
}

/** 签到 / 签退 by the activity's code: scanned on WeChat, typed on H5. */
export function Attendance({ id, kind }: { id: string; kind: AttendanceKind }) {
  const activity = useActivity(id)
  const [done, setDone] = useState<Activity | null>(null)
  const attend = useAttendance(id, kind)
  const name = NAMES[kind]

  return (
    <QueryData query={activity}>
      {(a) => (
        <View className='card attendance'>
          <Text className='card__title'>{`${name}：${a.title}`}</Text>
          <Text className='muted'>{windowText(a, kind)}</Text>
          {done ? (
            <Done activity={done} kind={kind} />
          ) : (
            <>
              <Text className='attendance__how'>
                {canScan()
                  ? `请扫描活动现场张贴的${name}二维码。`
                  : `请输入活动现场二维码下方的签到码（签到、签退用同一个码，也可以问工作人员）。`}
              </Text>
              <CodeEntry
                scanLabel={`扫码${name}`}
                inputLabel='签到码'
                placeholder='例如 HD7K3P9Q'
                submitLabel={`确认${name}`}
                busy={attend.isPending}
                onCode={(code) => attend.mutate(code, { onSuccess: setDone })}
              />
              {attend.error ? <Text className='form-error'>{refusal(attend.error)}</Text> : null}
            </>
          )}
        </View>
      )}
    </QueryData>
  )
}

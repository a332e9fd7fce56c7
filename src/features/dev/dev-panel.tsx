import { Button, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { type ReactNode, useState } from 'react'
import { FaultKind } from '@/contract'
import { errorMessage } from '@/api'
import { dialogs } from '@/components/dialog'
import { QueryState } from '@/components/query-state'
import { ActivityCodes } from './activity-codes'
import { CLOCK_STEPS, FAULT_LABELS } from './labels'
import {
  useAdvanceClock,
  useDevClock,
  useDevUsers,
  useInjectFault,
  useResetData,
  useSwitchUser,
} from '@/data/dev'

/** One control of the panel: its title, its buttons, and the refusal of its last step. */
function DevCard({ title, error, children }: { title: string; error: unknown; children: ReactNode }) {
  return (
    <View className='card'>
      <Text className='card__title'>{title}</Text>
      {children}
      {error ? <Text className='form-error'>{errorMessage(error)}</Text> : null}
    </View>
  )
}

function UserSwitcher({ currentUserId }: { currentUserId?: string }) {
  const users = useDevUsers()
  const switchUser = useSwitchUser()
  return (
    <DevCard title='切换角色' error={switchUser.error}>
      <QueryState isPending={users.isPending} error={users.error} onRetry={() => void users.refetch()}>
        {users.data?.items.map((u) => (
          <View
            key={u.id}
            className={`list-row ${u.id === currentUserId ? 'list-row--active' : ''}`}
            onClick={() => !switchUser.isPending && switchUser.mutate(u.id)}
          >
            <Text className='list-row__title'>{u.nickname}</Text>
            <Text className='list-row__sub'>{u.description}</Text>
            {u.id === currentUserId && <Text className='tag tag--role'>当前</Text>}
          </View>
        ))}
      </QueryState>
    </DevCard>
  )
}

function ClockControl() {
  const clock = useDevClock()
  const advance = useAdvanceClock()
  return (
    <DevCard title='模拟时钟' error={advance.error}>
      <QueryState isPending={clock.isPending} error={clock.error} onRetry={() => void clock.refetch()}>
        <Text className='muted'>
          现在：{clock.data ? dayjs(clock.data.now).format('YYYY-MM-DD HH:mm') : ''}
          {clock.data && clock.data.offsetMinutes > 0
            ? `（已拨快 ${Math.round(clock.data.offsetMinutes / 60)} 小时）`
            : ''}
        </Text>
      </QueryState>
      <View className='button-row'>
        {CLOCK_STEPS.map((s) => (
          <Button
            key={s.minutes}
            className='btn btn--small'
            disabled={advance.isPending}
            onClick={() => advance.mutate(s.minutes)}
          >
            {s.label}
          </Button>
        ))}
      </View>
    </DevCard>
  )
}

function FaultInjector() {
  const [kind, setKind] = useState<FaultKind>('server_error')
  const [count, setCount] = useState(3)
  const inject = useInjectFault()
  return (
    <DevCard title='故障注入' error={inject.error}>
      <Text className='muted'>让接下来的若干个请求出错，检查页面能否给出提示并恢复。</Text>
      <View className='button-row'>
        {FaultKind.options.map((k) => (
          <Button
            key={k}
            className={`btn btn--small ${k === kind ? 'btn--selected' : ''}`}
            onClick={() => setKind(k)}
          >
            {FAULT_LABELS[k]}
          </Button>
        ))}
      </View>
      <View className='button-row'>
        {[1, 2, 3, 6, 10].map((n) => (
          <Button
            key={n}
            className={`btn btn--small ${n === count ? 'btn--selected' : ''}`}
            onClick={() => setCount(n)}
          >
            {n} 次
          </Button>
        ))}
      </View>
      <Button
        className='btn btn--primary'
        disabled={inject.isPending}
        onClick={() => inject.mutate({ kind, count })}
      >
        注入故障
      </Button>
    </DevCard>
  )
}

function ResetData() {
  const reset = useResetData()
  const confirm = async () => {
    const confirm = await dialogs.confirm({
      title: '重置数据',
      content: '所有上报、积分和登录状态将恢复为初始数据。草稿和长辈模式保留在本机。',
      confirmText: '重置',
    })
    if (confirm) reset.mutate()
  }
  return (
    <DevCard title='数据' error={reset.error}>
      <Button className='btn btn--danger' disabled={reset.isPending} onClick={() => void confirm()}>
        重置数据
      </Button>
    </DevCard>
  )
}

/** Mock builds only: drives the embedded backend through its /dev endpoints. */
export function DevPanel({ currentUserId }: { currentUserId?: string }) {
  return (
    <View>
      <UserSwitcher currentUserId={currentUserId} />
      <ClockControl />
      <ActivityCodes />
      <FaultInjector />
      <ResetData />
    </View>
  )
}

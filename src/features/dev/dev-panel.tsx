import { Button, Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { useState } from 'react'
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

function MutationError({ error }: { error: unknown }) {
  return error ? <Text className='form-error'>{errorMessage(error)}</Text> : null
}

function UserSwitcher({ currentUserId }: { currentUserId?: string }) {
  const users = useDevUsers()
  const switchUser = useSwitchUser()
  return (
    <View className='card'>
      <Text className='card__title'>切换角色</Text>
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
      <MutationError error={switchUser.error} />
    </View>
  )
}

function ClockControl() {
  const clock = useDevClock()
  const advance = useAdvanceClock()
  return (
    <View className='card'>
      <Text className='card__title'>模拟时钟</Text>
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
      <MutationError error={advance.error} />
    </View>
  )
}

function FaultInjector() {
  const [kind, setKind] = useState<FaultKind>('server_error')
  const [count, setCount] = useState(3)
  const inject = useInjectFault()
  return (
    <View className='card'>
      <Text className='card__title'>故障注入</Text>
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
      <MutationError error={inject.error} />
    </View>
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
    <View className='card'>
      <Text className='card__title'>数据</Text>
      <Button className='btn btn--danger' disabled={reset.isPending} onClick={() => void confirm()}>
        重置数据
      </Button>
      <MutationError error={reset.error} />
    </View>
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

import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { QueryState } from '@/components/query-state'
import { useDevActivityCodes, useDevClock } from '@/data/dev'

const at = (iso: string) => dayjs(iso).format('M月D日 HH:mm')

/**
 * Each activity's check-in/out code and its windows: what the QR code on site holds, typed on
 * H5. Activities whose check-out window has closed (by the mock clock) are only counted.
 */
export function ActivityCodes() {
  const codes = useDevActivityCodes()
  const clock = useDevClock()
  // until the mock's clock is known, every code shows
  const now = clock.data ? Date.parse(clock.data.now) : -Infinity
  const items = codes.data?.items ?? []
  const open = items.filter((c) => Date.parse(c.checkoutClosesAt) >= now)
  return (
    <View className='card'>
      <Text className='card__title'>活动签到码</Text>
      <Text className='muted'>现场二维码里的内容；H5 上签到、签退时输入。签到、签退用同一个码。</Text>
      <QueryState isPending={codes.isPending} error={codes.error} onRetry={() => void codes.refetch()}>
        {open.map((c) => (
          <View key={c.activityId} className='list-row dev-code'>
            <Text className='list-row__title'>{c.title}</Text>
            <Text className='dev-code__code' selectable>
              {c.code}
            </Text>
            <Text className='list-row__sub'>{`签到 ${at(c.checkinOpensAt)} 起，签退至 ${at(c.checkoutClosesAt)}`}</Text>
          </View>
        ))}
        {items.length > open.length && (
          <Text className='muted'>{`另有 ${items.length - open.length} 个活动已过签退时间，不再列出。`}</Text>
        )}
      </QueryState>
    </View>
  )
}

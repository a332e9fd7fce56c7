import { Text } from '@tarojs/components'
import { ACTIVITY_STATUS_LABELS, PARTICIPATION_STATUS_LABELS, type ActivitySummary } from '@/contract'

/** Where the activity stands, where I stand with it, and 商户活动 — always in words, colour only helps. */
export function ActivityTags({ activity: a }: { activity: ActivitySummary }) {
  return (
    <>
      <Text className={`activity-status activity-status--${a.status}`}>
        {ACTIVITY_STATUS_LABELS[a.status]}
      </Text>
      {a.audience === 'merchant' && <Text className='tag'>商户活动</Text>}
      {a.mine && (
        <Text className={`tag participation participation--${a.mine.status}`}>
          {PARTICIPATION_STATUS_LABELS[a.mine.status]}
        </Text>
      )}
    </>
  )
}

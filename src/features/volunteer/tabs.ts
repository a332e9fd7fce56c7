import { ACTIVITY_AUDIENCE_LABELS } from '@/contract'
import type { ActivityTab } from '@/data/volunteer'

export const ACTIVITY_TABS: readonly { tab: ActivityTab; label: string }[] = [
  { tab: 'resident', label: ACTIVITY_AUDIENCE_LABELS.resident },
  { tab: 'merchant', label: ACTIVITY_AUDIENCE_LABELS.merchant },
  { tab: 'mine', label: '我的活动' },
]

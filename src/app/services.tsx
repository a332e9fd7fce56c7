import { startSession } from '@/api'
import { useUnreadBadge } from '@/features/notifications/use-unread-badge'
import { useOutboxSender } from '@/features/report/use-outbox'

// The login starts as this module loads: the first page's data waits for it. A failure here is
// shown by the first page that needs data (its own call logs in again).
startSession().catch(() => undefined)

/**
 * What the app keeps running beside its pages: the login at launch, the unread count on the 消息
 * tab and the sender of queued reports. It draws nothing. On H5 it is a chunk of its own (app.tsx),
 * so the API client and the contract's schemas are not part of the scripts index.html loads.
 */
export default function AppServices(): null {
  useUnreadBadge()
  useOutboxSender()
  return null
}

import { useEffect } from 'react'
import { startSession } from '@/api'
import { useUnreadBadge } from '@/features/notifications/use-unread-badge'
import { useOutboxSender } from '@/features/report/use-outbox'

/**
 * What the app keeps running beside its pages: the login at launch (a failure here is shown by
 * the first page that needs data), the unread count on the 消息 tab and the sender of queued
 * reports. It draws nothing. On H5 it is loaded after the first screen (app.tsx), so the API
 * client and the contract's schemas are not part of the scripts index.html loads.
 */
export default function AppServices(): null {
  useEffect(() => {
    startSession().catch(() => undefined)
  }, [])
  useUnreadBadge()
  useOutboxSender()
  return null
}

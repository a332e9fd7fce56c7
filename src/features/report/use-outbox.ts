import { useEffect, useSyncExternalStore } from 'react'
import { onNetworkChange } from '@/platform/network'
import { queuedReports, sendQueuedReports, subscribeOutbox } from './outbox'

export function useQueuedReports() {
  return useSyncExternalStore(subscribeOutbox, queuedReports, queuedReports)
}

/**
 * Mounted once for the whole app: sends queued reports at launch (the app may have been
 * killed while they waited) and whenever the network comes back.
 */
export function useOutboxSender(): void {
  useEffect(() => {
    void sendQueuedReports()
    return onNetworkChange((online) => {
      if (online) void sendQueuedReports()
    })
  }, [])
}

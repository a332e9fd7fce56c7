import { useSyncExternalStore } from 'react'
import { isOnline, onNetworkChange } from '@/platform/network'

const subscribe = (l: () => void) => onNetworkChange(() => l())

/** Whether the device has a network now; re-renders when that changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, isOnline)
}

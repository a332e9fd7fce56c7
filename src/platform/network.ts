import Taro from '@tarojs/taro'

type Listener = (online: boolean) => void

/**
 * Whether the device has a network, and word when that changes. H5 asks the browser
 * (navigator.onLine and its online/offline events); weapp asks WeChat (getNetworkType once,
 * then onNetworkStatusChange). One subscription to the platform is shared by every listener.
 */
let online = true
const listeners = new Set<Listener>()
let started = false

function set(next: boolean): void {
  if (next === online) return
  online = next
  listeners.forEach((l) => l(next))
}

function start(): void {
  if (started) return
  started = true
  if (process.env.TARO_ENV === 'h5') {
    if (typeof navigator !== 'undefined' && typeof navigator.onLine === 'boolean') online = navigator.onLine
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => set(true))
      window.addEventListener('offline', () => set(false))
    }
    return
  }
  try {
    Taro.getNetworkType({
      success: (r) => set(r.networkType !== 'none'),
      fail: () => undefined,
    })
    Taro.onNetworkStatusChange((r) => set(r.isConnected))
  } catch {
    // a runtime without network APIs (tests): assume connected
  }
}

/** The last known state; true until the platform says otherwise. */
export function isOnline(): boolean {
  start()
  if (process.env.TARO_ENV === 'h5' && typeof navigator !== 'undefined' && navigator.onLine === false)
    return false
  return online
}

/** Calls `listener` whenever the device goes on- or offline; returns the unsubscribe. */
export function onNetworkChange(listener: Listener): () => void {
  start()
  listeners.add(listener)
  return () => listeners.delete(listener)
}

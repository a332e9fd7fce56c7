import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

/** What a tab's badge says for `count`: 99+ above 99, nothing at 0. */
export const tabCountText = (count: number): string => (count > 99 ? '99+' : count > 0 ? String(count) : '')

const counts = new Map<number, number>()
const listeners = new Set<() => void>()

function subscribe(l: () => void) {
  listeners.add(l)
  return () => {
    listeners.delete(l)
  }
}

/** The last count shown on a tab. */
export const readTabCount = (index: number): number => counts.get(index) ?? 0

/** The count on one tab, for the weapp's own tab bar (src/custom-tab-bar). */
export function useTabCount(index: number): number {
  const read = () => readTabCount(index)
  return useSyncExternalStore(subscribe, read, read)
}

/**
 * A count on a tab of the tab bar (99+ above 99), none at 0. weapp draws its own tab bar
 * (WeChat's badge calls do nothing on a custom one), which reads the count from here; H5 sets
 * Taro's tab bar. Where the API is missing, or the tab bar refuses, nothing happens: the next
 * page show sets it again.
 */
export function showTabCount(index: number, count: number): void {
  if ((counts.get(index) ?? 0) !== count) {
    counts.set(index, count)
    listeners.forEach((l) => l())
  }
  if (process.env.TARO_ENV === 'weapp') return
  if (typeof Taro.setTabBarBadge !== 'function' || typeof Taro.removeTabBarBadge !== 'function') return
  try {
    const done =
      count > 0
        ? Taro.setTabBarBadge({ index, text: tabCountText(count) })
        : Taro.removeTabBarBadge({ index })
    Promise.resolve(done).catch(() => undefined)
  } catch {
    // an environment without a tab bar
  }
}

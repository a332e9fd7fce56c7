import Taro from '@tarojs/taro'

/**
 * A count on a tab of the tab bar (99+ above 99), none at 0. Where the API is missing, or the
 * tab bar refuses (WeChat does while a non-tab page is on top), nothing happens: the next page
 * show sets it again.
 */
export function showTabCount(index: number, count: number): void {
  if (typeof Taro.setTabBarBadge !== 'function' || typeof Taro.removeTabBarBadge !== 'function') return
  try {
    const done =
      count > 0
        ? Taro.setTabBarBadge({ index, text: count > 99 ? '99+' : String(count) })
        : Taro.removeTabBarBadge({ index })
    Promise.resolve(done).catch(() => undefined)
  } catch {
    // an environment without a tab bar
  }
}

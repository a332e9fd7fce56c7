import Taro from '@tarojs/taro'

interface RouteApi {
  onAppRoute?: (listener: () => void) => void
  offAppRoute?: (listener: () => void) => void
}
declare const wx: RouteApi | undefined

/** Taro's H5 router announces every route change (tab switch, navigateTo, back) on this event. */
const H5_ROUTE_EVENT = '__taroRouterChange'

/**
 * Calls `listener` whenever another page comes up (a tab switch, a page opened or closed), for
 * things the app keeps in step across pages, like the 消息 badge. weapp: wx.onAppRoute (base
 * library 3.5.5+; older ones are skipped). The app coming back to the foreground is
 * useDidShow's business, not this.
 */
export function onPageShow(listener: () => void): () => void {
  if (process.env.TARO_ENV === 'h5') {
    Taro.eventCenter.on(H5_ROUTE_EVENT, listener)
    return () => void Taro.eventCenter.off(H5_ROUTE_EVENT, listener)
  }
  const api = typeof wx === 'undefined' ? undefined : wx
  if (typeof api?.onAppRoute !== 'function') return () => undefined
  api.onAppRoute(listener)
  return () => api.offAppRoute?.(listener)
}

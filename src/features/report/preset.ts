import Taro from '@tarojs/taro'

const EVENT = 'report:preset-category'
const KEY = 'ssp:report-preset-category'

/**
 * Open 上报 with a problem type already chosen (a tap on 首页's grid). 上报 is a tab page that may
 * already be alive, so the choice travels both ways: an event for a mounted form, and storage for
 * one that mounts next.
 */
export function reportWithCategory(categoryId: string): void {
  Taro.setStorageSync(KEY, categoryId)
  Taro.eventCenter.trigger(EVENT, categoryId)
  void Taro.switchTab({ url: '/pages/report/index' })
}

/** The chosen type, once: read and forgotten. */
export function takePresetCategory(): string | null {
  const id = Taro.getStorageSync(KEY) as unknown
  if (typeof id !== 'string' || !id) return null
  Taro.removeStorageSync(KEY)
  return id
}

export function onPresetCategory(listener: (categoryId: string) => void): () => void {
  const handler = (id: string) => {
    Taro.removeStorageSync(KEY)
    listener(id)
  }
  Taro.eventCenter.on(EVENT, handler)
  return () => Taro.eventCenter.off(EVENT, handler)
}

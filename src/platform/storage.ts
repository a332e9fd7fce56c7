import Taro from '@tarojs/taro'

/**
 * Device storage (WeChat storage on weapp, localStorage on H5). A full quota throws
 * synchronously on H5; a failed write must never break the page that asked for it.
 */
export function readJson<T>(key: string): T | null {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (raw === '' || raw === undefined || raw === null) return null
    return (typeof raw === 'string' ? JSON.parse(raw) : raw) as T
  } catch {
    return null
  }
}

export function writeJson(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

export function removeKey(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // nothing stored, nothing to do
  }
}

/** The key-value shape the embedded mock backend persists through. */
export const keyValueStorage = {
  getItem(key: string): string | null {
    try {
      const raw: unknown = Taro.getStorageSync(key)
      return typeof raw === 'string' && raw !== '' ? raw : null
    } catch {
      return null
    }
  },
  setItem(key: string, value: string): void {
    Taro.setStorageSync(key, value)
  },
  removeItem(key: string): void {
    removeKey(key)
  },
}

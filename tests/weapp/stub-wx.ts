/** Minimal WeChat globals so the real mini-program Taro runtime initialises under Node. */
interface WxRequestOptions {
  url: string
  fail?: (e: { errMsg: string }) => void
  complete?: (e: object) => void
}

export const wxRequests: WxRequestOptions[] = []
export const wxSubscribeAsks: { tmplIds: string[] }[] = []

declare global {
  var wx: { getStorageSync(key: string): unknown; [name: string]: unknown }
}

export function installWx(): void {
  process.env.TARO_ENV = 'weapp'
  process.env.TARO_PLATFORM = 'mini'
  const storage = new Map<string, unknown>()
  const g = globalThis as Record<string, unknown>
  g.wx = {
    request(options: WxRequestOptions) {
      wxRequests.push(options)
      setTimeout(() => {
        options.fail?.({ errMsg: 'request:fail no network in tests' })
        options.complete?.({})
      }, 0)
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
    },
    login(o: { success?: (r: { code: string }) => void; complete?: (r: object) => void }) {
      o.success?.({ code: 'wx-code-1' })
      o.complete?.({})
    },
    requestSubscribeMessage(o: {
      tmplIds: string[]
      success?: (r: object) => void
      complete?: (r: object) => void
    }) {
      wxSubscribeAsks.push({ tmplIds: o.tmplIds })
      o.success?.({ errMsg: 'requestSubscribeMessage:ok' })
      o.complete?.({})
    },
    getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
  }
  g.getCurrentPages = () => []
  g.getApp = () => ({})
  g.requirePlugin = () => ({})
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- registers processApis(taro, wx), as the app bundle does
  require('@tarojs/plugin-platform-weapp/dist/runtime')
}

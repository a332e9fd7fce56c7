/**
 * `wx` as WeChat answers it, for the built bundle in node:vm (mini-program.mjs) and for jest
 * tests of src/platform (tests/weapp/*.node.test.ts). Shapes and failures follow WeChat's
 * documentation: callbacks run asynchronously with `errMsg: '<api>:ok'` or `'<api>:fail <why>'`,
 * sync APIs throw; a scope the person refused stays refused (`auth deny`) until changed in
 * settings; getLocation / chooseLocation need `requiredPrivateInfos` in app.json;
 * requestSubscribeMessage works only inside a tap; storage keeps to 1 MB a key and 10 MB in all.
 *
 * Tests steer the person's answers through `answers` and read what the app asked for in `log`.
 */
import { createFileSystem, USER_DATA_PATH } from './file-system.mjs'
import { jpegSize, makeJpeg } from './jpeg.mjs'

export { USER_DATA_PATH }

/** A photo as a phone camera takes it: 4032 × 3024, about 3.2 MB. */
export const CAMERA_PHOTO = { width: 4032, height: 3024, bytes: 3_200_000 }
/** A spot in 创业路社区 (u-grid-1's half), GCJ-02, as WeChat's getLocation gives with type 'gcj02'. */
export const HERE_GCJ02 = { latitude: 34.7458, longitude: 113.6315 }
/** The same spot in WGS-84, what getLocation gives without a type (about 500 m off in Zhengzhou). */
export const HERE_WGS84 = { latitude: 34.746983, longitude: 113.625453 }

const STORAGE_ITEM_LIMIT = 1024 * 1024
const STORAGE_TOTAL_LIMIT = 10 * 1024 * 1024

const SYSTEM_INFO = {
  brand: 'devtools',
  model: 'iPhone 12/13 (Pro)',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 844,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.5',
  system: 'iOS 15.0',
  platform: 'devtools',
  SDKVersion: '3.7.0',
  theme: 'light',
  safeArea: { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 },
}

const bytesOf = (s) => Buffer.byteLength(s, 'utf8')

/**
 * @param {object} o
 * @param {object} [o.appJson] the build's app.json (permission declarations)
 * @param {Map<string, unknown>} [o.storage] WeChat storage, shared between runtimes to keep data
 * @param {ReturnType<typeof createFileSystem>} [o.fs]
 * @param {object} [o.router] navigation, from the runtime: navigateTo, redirectTo, switchTab,
 *   reLaunch, navigateBack (each (opts) => Promise), isTabPageOnTop(), onRoute(listener)
 * @param {() => boolean} [o.isTapping] true while a tap is being dispatched
 */
export function createWechat({
  appJson = {},
  storage = new Map(),
  fs = createFileSystem(),
  router,
  isTapping,
} = {}) {
  const answers = {
    /** what wx.login answers: the mock logs in `dev:<userId>` as that user */
    loginCode: 'wx-code-1',
    /** scope → true (allowed) / false (refused); missing: WeChat asks, and `prompt` answers */
    authSetting: {},
    prompt: 'allow',
    /**
     * the phone's side: 'on'; 'app-denied' (the OS refuses WeChat itself location: iOS says
     * `system permission denied`); 'switched-off' (Android, location off: ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF)
     */
    systemLocation: 'on',
    location: HERE_GCJ02,
    /** queue of chooseMedia answers: 'cancel' or { files: [{ width, height, bytes, gps? }] } */
    media: [],
    /** chooseLocation: 'cancel' or { name, address, latitude, longitude } */
    chosenLocation: 'cancel',
    /** scanCode: 'cancel' or the QR code's text */
    scan: 'cancel',
    /** requestSubscribeMessage: per template 'accept' | 'reject' | 'ban' | 'filter', or { errCode } */
    subscribe: {},
    /** showModal: tap 确定 (true) or 取消 (false) */
    modalConfirm: true,
  }
  const log = {
    requests: [],
    toasts: [],
    modals: [],
    subscribeAsks: [],
    calls: [],
    clipboard: [],
    previews: [],
    phoneCalls: [],
    badges: new Map(),
    /** WeChat's own permission prompts shown: { scope, desc } */
    prompts: [],
    compressions: [],
  }

  /**
   * Answers on a later turn, as WeChat does: through success/fail/complete, or — when the call
   * passed none of them (base library 2.10.2+) — as a returned Promise. Taro promisifies most
   * APIs itself but hands some straight through (chooseMedia), so the app relies on both.
   */
  const answer = (api, opts, ok, result = {}) => {
    const why = result.why ?? ''
    const res = {
      ...result,
      errMsg: ok ? `${api}:ok` : `${api}:fail${why.startsWith(':') ? '' : ' '}${why}`.trim(),
    }
    delete res.why
    log.calls.push(`${api}:${ok ? 'ok' : 'fail'}`)
    const callbacks = opts && ['success', 'fail', 'complete'].some((k) => typeof opts[k] === 'function')
    if (!callbacks)
      return new Promise((resolve, reject) => setTimeout(() => (ok ? resolve(res) : reject(res)), 0))
    setTimeout(() => {
      if (ok) opts.success?.(res)
      else opts.fail?.(res)
      opts.complete?.(res)
    }, 0)
    return undefined
  }
  const declared = (api) => (appJson.requiredPrivateInfos ?? []).includes(api)
  /**
   * WeChat's permission flow for one scope: refused stays refused; unasked asks once, showing
   * the app's own words for it (app.json `permission.<scope>.desc`) where it declares them.
   */
  const permitted = (scope) => {
    if (answers.authSetting[scope] === undefined) {
      log.prompts.push({ scope, desc: appJson.permission?.[scope]?.desc ?? null })
      answers.authSetting[scope] = answers.prompt === 'allow'
    }
    return answers.authSetting[scope]
  }
  /** Location APIs: declared in requiredPrivateInfos, with the scope's words, or WeChat refuses. */
  const locationRefusal = (api) => {
    if (!declared(api))
      return 'the api need to be declared in the requiredPrivateInfos field in app.json/ext.json'
    if (!appJson.permission?.['scope.userLocation']?.desc)
      return 'invalid permission desc, scope.userLocation'
    if (!permitted('scope.userLocation')) return 'auth deny'
    return null
  }
  const locationListeners = new Set()

  const storageSize = () =>
    [...storage].reduce((n, [k, v]) => n + bytesOf(k) + bytesOf(JSON.stringify(v) ?? ''), 0)
  const setStorage = (key, data) => {
    if (typeof key !== 'string' || key === '')
      throw new Error('setStorageSync:fail parameter error: key should be String')
    const size = bytesOf(key) + bytesOf(typeof data === 'string' ? data : (JSON.stringify(data) ?? ''))
    if (size > STORAGE_ITEM_LIMIT) throw new Error('setStorageSync:fail exceed storage item max length')
    const old = storage.has(key) ? bytesOf(key) + bytesOf(JSON.stringify(storage.get(key)) ?? '') : 0
    if (storageSize() - old + size > STORAGE_TOTAL_LIMIT)
      throw new Error('setStorageSync:fail exceed storage max size 10MB')
    storage.set(key, typeof data === 'string' ? data : JSON.parse(JSON.stringify(data)))
  }
  const getStorage = (key) => {
    if (!storage.has(key)) return ''
    const v = storage.get(key)
    return typeof v === 'string' ? v : JSON.parse(JSON.stringify(v))
  }

  const navigation = (api) => (opts) => {
    if (!router) return answer(api, opts, false, { why: 'no pages in this runtime' })
    const settled = router[api](opts ?? {}).then(
      (result) => answer(api, opts, true, result),
      (e) => answer(api, opts, false, { why: e.message }),
    )
    const callbacks = opts && ['success', 'fail', 'complete'].some((k) => typeof opts[k] === 'function')
    return callbacks ? undefined : settled
  }
  const tabBar = (api) => (opts) => {
    if (router && !router.isTabPageOnTop()) return answer(api, opts, false, { why: 'not TabBar page' })
    if (api === 'setTabBarBadge') log.badges.set(opts.index, opts.text)
    else log.badges.delete(opts.index)
    return answer(api, opts, true)
  }

  const wx = {
    env: { USER_DATA_PATH },
    canIUse: () => true,
    getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
    getSystemInfo: (opts) => answer('getSystemInfo', opts, true, { ...SYSTEM_INFO }),
    getWindowInfo: () => ({ ...SYSTEM_INFO }),
    getDeviceInfo: () => ({ ...SYSTEM_INFO }),
    getAppBaseInfo: () => ({ ...SYSTEM_INFO }),
    getMenuButtonBoundingClientRect: () => ({
      width: 87,
      height: 32,
      top: 51,
      right: 383,
      bottom: 83,
      left: 296,
    }),
    getAccountInfoSync: () => ({
      miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' },
    }),
    getNetworkType: (opts) => answer('getNetworkType', opts, true, { networkType: 'wifi' }),
    onNetworkStatusChange() {},
    nextTick: (fn) => setTimeout(fn, 0),

    // storage: the session, the mock store's slices, the report draft
    getStorageSync: getStorage,
    setStorageSync: setStorage,
    removeStorageSync: (key) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({
      keys: [...storage.keys()],
      currentSize: Math.ceil(storageSize() / 1024),
      limitSize: STORAGE_TOTAL_LIMIT / 1024,
    }),

    login: (opts) => answer('login', opts, true, { code: answers.loginCode }),

    // the network: the mock build must never use it
    request(opts) {
      log.requests.push({ url: opts?.url, method: opts?.method ?? 'GET' })
      answer('request', opts, false, { why: 'no network in the simulated runtime' })
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
    },
    uploadFile(opts) {
      log.requests.push({ url: opts?.url, method: 'POST' })
      answer('uploadFile', opts, false, { why: 'no network in the simulated runtime' })
      return { abort() {}, onProgressUpdate() {}, offProgressUpdate() {} }
    },

    // permissions
    getSetting: (opts) => answer('getSetting', opts, true, { authSetting: { ...answers.authSetting } }),
    authorize(opts) {
      return permitted(opts.scope)
        ? answer('authorize', opts, true)
        : answer('authorize', opts, false, { why: 'auth deny' })
    },
    openSetting: (opts) => answer('openSetting', opts, true, { authSetting: { ...answers.authSetting } }),

    // media
    chooseMedia(opts = {}) {
      const next = answers.media.length ? answers.media.shift() : { files: [CAMERA_PHOTO] }
      if (next === 'cancel') return answer('chooseMedia', opts, false, { why: 'cancel' })
      const onlyCamera = opts.sourceType?.length === 1 && opts.sourceType[0] === 'camera'
      if (onlyCamera && !permitted('scope.camera'))
        return answer('chooseMedia', opts, false, { why: 'auth deny' })
      const count = Math.min(opts.count ?? 9, 9)
      const tempFiles = next.files.slice(0, count).map((f) => {
        const bytes = makeJpeg(f)
        return {
          tempFilePath: fs.addTemp(bytes),
          size: bytes.length,
          width: f.width,
          height: f.height,
          fileType: 'image',
        }
      })
      return answer('chooseMedia', opts, true, { tempFiles, type: 'image' })
    },
    getImageInfo(opts) {
      const bytes = fs.files.get(opts.src)
      if (!bytes) return answer('getImageInfo', opts, false, { why: 'file not found' })
      const size = jpegSize(bytes)
      if (!size) return answer('getImageInfo', opts, false, { why: 'invalid image' })
      return answer('getImageInfo', opts, true, { ...size, path: opts.src, orientation: 'up', type: 'jpeg' })
    },
    compressImage(opts) {
      const bytes = fs.files.get(opts.src)
      const size = bytes && jpegSize(bytes)
      if (!bytes) return answer('compressImage', opts, false, { why: 'file not found' })
      if (!size) return answer('compressImage', opts, false, { why: 'invalid image' })
      const quality = Math.min(100, Math.max(0, opts.quality ?? 80))
      let { width, height } = size
      if (opts.compressedWidth && opts.compressedHeight) {
        ;({ compressedWidth: width, compressedHeight: height } = opts)
      } else if (opts.compressedWidth) {
        height = Math.round((height * opts.compressedWidth) / width)
        width = opts.compressedWidth
      } else if (opts.compressedHeight) {
        width = Math.round((width * opts.compressedHeight) / height)
        height = opts.compressedHeight
      }
      // JPEG bytes per pixel grow with quality: a 1920 × 1440 photo is ~610 KB at 85, ~490 KB at 75
      const perPixel = 0.02 + 0.28 * (quality / 100) ** 2
      const out = makeJpeg({ width, height, bytes: Math.round(width * height * perPixel) })
      log.compressions.push({ src: opts.src, quality, width, height, bytes: out.length })
      return answer('compressImage', opts, true, { tempFilePath: fs.addTemp(out) })
    },
    previewImage: (opts) => {
      log.previews.push(opts.urls)
      return answer('previewImage', opts, true)
    },
    getFileSystemManager: () => fs.manager,

    // location
    getLocation(opts = {}) {
      const refusal = locationRefusal('getLocation')
      if (refusal) return answer('getLocation', opts, false, { why: refusal })
      if (answers.systemLocation === 'app-denied') {
        return answer('getLocation', opts, false, { why: 'system permission denied' })
      }
      if (answers.systemLocation === 'switched-off') {
        return answer('getLocation', opts, false, { why: ':ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF' })
      }
      const here =
        opts.type === 'gcj02'
          ? answers.location
          : {
              latitude: answers.location.latitude + 0.001183,
              longitude: answers.location.longitude - 0.006047,
            }
      return answer('getLocation', opts, true, {
        ...here,
        speed: -1,
        accuracy: 35,
        altitude: 0,
        verticalAccuracy: 0,
        horizontalAccuracy: 35,
      })
    },
    chooseLocation(opts = {}) {
      const refusal = locationRefusal('chooseLocation')
      if (refusal) return answer('chooseLocation', opts, false, { why: refusal })
      const chosen = answers.chosenLocation
      if (chosen === 'cancel') return answer('chooseLocation', opts, false, { why: 'cancel' })
      return answer('chooseLocation', opts, true, { ...chosen })
    },

    // location updates (patrols): positions arrive through onLocationChange while started
    startLocationUpdate(opts = {}) {
      const refusal = locationRefusal('startLocationUpdate')
      return refusal
        ? answer('startLocationUpdate', opts, false, { why: refusal })
        : answer('startLocationUpdate', opts, true)
    },
    stopLocationUpdate: (opts) => answer('stopLocationUpdate', opts, true),
    onLocationChange: (listener) => void locationListeners.add(listener),
    offLocationChange: (listener) =>
      void (listener ? locationListeners.delete(listener) : locationListeners.clear()),

    scanCode(opts = {}) {
      if (answers.scan === 'cancel') return answer('scanCode', opts, false, { why: 'cancel' })
      if (!permitted('scope.camera')) return answer('scanCode', opts, false, { why: 'auth deny' })
      const result = answers.scan
      return answer('scanCode', opts, true, {
        result,
        scanType: 'QR_CODE',
        charSet: 'utf-8',
        rawData: Buffer.from(result).toString('base64'),
      })
    },

    requestSubscribeMessage(opts = {}) {
      const tmplIds = opts.tmplIds ?? []
      log.subscribeAsks.push({ tmplIds: [...tmplIds], inTap: Boolean(isTapping?.()) })
      if (isTapping && !isTapping()) {
        return answer('requestSubscribeMessage', opts, false, {
          why: 'can only be invoked by user TAP gesture.',
          errCode: 10002,
        })
      }
      if (tmplIds.length === 0)
        return answer('requestSubscribeMessage', opts, false, {
          why: "TmplIds can't be empty",
          errCode: 10001,
        })
      if (answers.subscribe.errCode) {
        return answer('requestSubscribeMessage', opts, false, {
          why: 'subscribe message switch is off',
          errCode: answers.subscribe.errCode,
        })
      }
      const result = Object.fromEntries(tmplIds.map((id) => [id, answers.subscribe[id] ?? 'accept']))
      return answer('requestSubscribeMessage', opts, true, result)
    },

    makePhoneCall(opts) {
      log.phoneCalls.push(opts.phoneNumber)
      return answer('makePhoneCall', opts, true)
    },
    setClipboardData(opts) {
      log.clipboard.push(opts.data)
      return answer('setClipboardData', opts, true)
    },

    // interface
    showToast(opts) {
      log.toasts.push(opts.title)
      return answer('showToast', opts, true)
    },
    hideToast: (opts) => answer('hideToast', opts, true),
    showLoading: (opts) => answer('showLoading', opts, true),
    hideLoading: (opts) => answer('hideLoading', opts, true),
    showModal(opts) {
      log.modals.push({ title: opts.title, content: opts.content })
      const confirm = answers.modalConfirm
      return answer('showModal', opts, true, { confirm, cancel: !confirm })
    },
    showActionSheet: (opts) => answer('showActionSheet', opts, true, { tapIndex: 0 }),
    setNavigationBarTitle: (opts) => answer('setNavigationBarTitle', opts, true),
    stopPullDownRefresh: (opts) => answer('stopPullDownRefresh', opts, true),
    startPullDownRefresh: (opts) => answer('startPullDownRefresh', opts, true),
    pageScrollTo: (opts) => answer('pageScrollTo', opts, true),
    // no layout here: every node's rect is null, as WeChat answers for a node it cannot find
    // (a windowed list then keeps every item rendered)
    createSelectorQuery() {
      const fields = []
      const query = {
        in: () => query,
        select: () => ({ boundingClientRect: () => (fields.push(null), query) }),
        selectAll: () => ({ boundingClientRect: () => (fields.push([]), query) }),
        selectViewport: () => ({ scrollOffset: () => (fields.push({ scrollTop: 0 }), query) }),
        exec: (cb) => setTimeout(() => cb?.(fields.slice()), 0),
      }
      return query
    },
    vibrateShort: (opts) => answer('vibrateShort', opts, true),
    setTabBarBadge: tabBar('setTabBarBadge'),
    removeTabBarBadge: tabBar('removeTabBarBadge'),

    // routes
    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    switchTab: navigation('switchTab'),
    reLaunch: navigation('reLaunch'),
    navigateBack: navigation('navigateBack'),
    /** private but long-lived: src/platform/page-shows.ts listens to it */
    onAppRoute: (listener) => router?.onRoute(listener),
    offAppRoute: (listener) => router?.offRoute(listener),
  }

  /** The phone moved: every onLocationChange listener hears it (GCJ-02, as WeChat reports). */
  const moveTo = ({ latitude, longitude }) => {
    answers.location = { latitude, longitude }
    locationListeners.forEach((l) =>
      l({
        latitude,
        longitude,
        speed: 1.2,
        accuracy: 10,
        altitude: 0,
        verticalAccuracy: 0,
        horizontalAccuracy: 10,
      }),
    )
  }

  return { wx, answers, log, fs, storage, moveTo }
}

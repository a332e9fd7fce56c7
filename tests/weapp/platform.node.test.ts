/**
 * Every weapp-only wrapper in src/platform against `wx` answering as WeChat does
 * (lib/wechat.mjs, the same one the built bundle runs on in tests/weapp/*.e2e.mjs): the
 * documented result shapes, and the refusals — cancelled pickers, a denied permission, the
 * phone's location switched off, a tap-only API called outside a tap, a full USER_DATA_PATH,
 * a storage value over WeChat's 1 MB per key.
 */
import { CAMERA_PHOTO, createWechat, HERE_GCJ02, USER_DATA_PATH } from './lib/wechat.mjs'
import { makeJpeg } from './lib/jpeg.mjs'

const g = globalThis as Record<string, unknown>
g.defineAppConfig = (c: unknown) => c
// the app's own declarations: WeChat refuses getLocation / chooseLocation without them
// eslint-disable-next-line @typescript-eslint/no-require-imports
const appConfig = require('@/app.config').default as {
  requiredPrivateInfos: string[]
  permission: Record<string, { desc: string }>
}

let tapping = false
let tabPageOnTop = true
const routeListeners = new Set<(r: object) => void>()
const wechat = createWechat({
  appJson: appConfig,
  isTapping: () => tapping,
  router: {
    navigateTo: async () => ({}),
    redirectTo: async () => ({}),
    switchTab: async () => ({}),
    reLaunch: async () => ({}),
    navigateBack: async () => ({}),
    isTabPageOnTop: () => tabPageOnTop,
    onRoute: (l) => void routeListeners.add(l),
    offRoute: (l) => void routeListeners.delete(l),
  },
})
const { answers, log, fs } = wechat

process.env.TARO_ENV = 'weapp'
process.env.TARO_PLATFORM = 'mini'
g.wx = wechat.wx
g.getCurrentPages = () => []
g.getApp = () => ({})
g.requirePlugin = () => ({})
// registers processApis(taro, wx) as the app bundle does; the wrappers load after it
/* eslint-disable @typescript-eslint/no-require-imports */
require('@tarojs/plugin-platform-weapp/dist/runtime')
const { pickImages } = require('@/platform/media') as typeof import('@/platform/media')
const { compressPhoto, NotAnImageError } = require('@/platform/image') as typeof import('@/platform/image')
const location = require('@/platform/location') as typeof import('@/platform/location')
const photoStore = require('@/platform/photo-store') as typeof import('@/platform/photo-store')
const { scanCode, canScan } = require('@/platform/scan') as typeof import('@/platform/scan')
const { askForUpdates } = require('@/platform/subscribe') as typeof import('@/platform/subscribe')
const storage = require('@/platform/storage') as typeof import('@/platform/storage')
const { getLoginCode, setDevLoginCode } =
  require('@/platform/login-code') as typeof import('@/platform/login-code')
const { readTabCount, showTabCount, tabCountText } =
  require('@/platform/tab-badge') as typeof import('@/platform/tab-badge')
const { onPageShow } = require('@/platform/page-shows') as typeof import('@/platform/page-shows')
/* eslint-enable @typescript-eslint/no-require-imports */

const turn = () => new Promise((r) => setTimeout(r, 5))
const tempPhoto = (spec = CAMERA_PHOTO) => {
  const bytes = makeJpeg(spec)
  return { path: fs.addTemp(bytes), name: '照片1', size: bytes.length }
}

beforeEach(() => {
  answers.authSetting = {}
  answers.prompt = 'allow'
  answers.systemLocation = 'on'
  answers.media = []
  fs.state.userQuota = 200 * 1024 * 1024
  tabPageOnTop = true
})

describe('media: chooseMedia', () => {
  test('a camera photo comes back as its temp file path and size, asking for images only', async () => {
    answers.media.push({ files: [CAMERA_PHOTO] })
    const { images, refused } = await pickImages(9)
    expect(refused).toEqual([])
    expect(images).toHaveLength(1)
    expect(images[0].path).toMatch(/^wxfile:\/\/tmp_/)
    expect(images[0].size).toBe(CAMERA_PHOTO.bytes)
    expect(fs.files.get(images[0].path)?.length).toBe(CAMERA_PHOTO.bytes)
  })

  test('WeChat hands back no more than the count asked for', async () => {
    answers.media.push({ files: [CAMERA_PHOTO, CAMERA_PHOTO, CAMERA_PHOTO] })
    const { images } = await pickImages(2)
    expect(images.map((i) => i.name)).toEqual(['照片1', '照片2'])
  })

  test('closing the picker rejects with chooseMedia:fail cancel (the report form keeps what it had)', async () => {
    answers.media.push('cancel')
    await expect(pickImages(3)).rejects.toMatchObject({ errMsg: 'chooseMedia:fail cancel' })
  })

  test('nothing is asked when no photo may be added', async () => {
    const before = log.calls.length
    expect(await pickImages(0)).toEqual({ images: [], refused: [] })
    expect(log.calls.length).toBe(before)
  })
})

describe('image: getImageInfo + compressImage', () => {
  test('a 4032 × 3024, 3.2 MB camera photo becomes 1920 × 1440 and at most 500 KB, measured', async () => {
    const c = await compressPhoto(tempPhoto())
    expect(c).toMatchObject({ width: 1920, height: 1440 })
    expect(c.bytes).toBeLessThanOrEqual(500 * 1024)
    expect(fs.files.get(c.path)?.length).toBe(c.bytes)
    // compressImage answers with tempFilePath; quality went down until the size fitted
    expect(log.compressions.at(-1)).toMatchObject({ width: 1920, height: 1440, bytes: c.bytes })
  })

  test('a small photo is not enlarged', async () => {
    const c = await compressPhoto(tempPhoto({ width: 800, height: 600, bytes: 90_000 }))
    expect(c).toMatchObject({ width: 800, height: 600 })
  })

  test('a file that is not an image is refused by name (getImageInfo:fail)', async () => {
    const path = fs.addTemp(new TextEncoder().encode('not a picture'), 'txt')
    await expect(compressPhoto({ path, name: '说明.txt', size: 13 })).rejects.toBeInstanceOf(NotAnImageError)
    await expect(compressPhoto({ path, name: '说明.txt', size: 13 })).rejects.toThrow('“说明.txt”不是图片')
  })
})

describe('location: getLocation, chooseLocation, EXIF', () => {
  test('the app declares what WeChat requires before it answers', () => {
    expect(appConfig.requiredPrivateInfos).toEqual(expect.arrayContaining(['getLocation', 'chooseLocation']))
    expect(appConfig.permission['scope.userLocation'].desc).toMatch(/位置/)
  })

  test('asks for GCJ-02 and returns it as is', async () => {
    expect(await location.getCurrentPosition()).toEqual({
      lat: HERE_GCJ02.latitude,
      lng: HERE_GCJ02.longitude,
    })
  })

  test('refused at WeChat’s prompt: says how to allow it and offers the community list', async () => {
    answers.prompt = 'deny'
    await expect(location.getCurrentPosition()).rejects.toThrow(
      '没有定位权限。请在设置中允许定位，或在下方选择所在社区',
    )
    expect(answers.authSetting['scope.userLocation']).toBe(false)
    // WeChat's prompt carried the app's own reason
    expect(log.prompts.at(-1)).toEqual({
      scope: 'scope.userLocation',
      desc: appConfig.permission['scope.userLocation'].desc,
    })
  })

  test('refused earlier (authSetting false): the same, without asking again', async () => {
    answers.authSetting['scope.userLocation'] = false
    const prompts = log.prompts.length
    const err = await location.getCurrentPosition().catch((e: unknown) => e)
    expect(log.prompts.length).toBe(prompts)
    expect(err).toBeInstanceOf(location.LocationError)
    expect((err as Error).message).toMatch(/^没有定位权限/)
  })

  test('WeChat itself refused location by the phone (iOS “system permission denied”): how to allow it', async () => {
    answers.systemLocation = 'app-denied'
    await expect(location.getCurrentPosition()).rejects.toThrow(/^没有定位权限/)
  })

  test('the phone’s location switched off (Android): a plain “cannot locate” with the same fallback', async () => {
    answers.systemLocation = 'switched-off'
    await expect(location.getCurrentPosition()).rejects.toThrow('暂时无法定位，请在下方选择所在社区')
  })

  test('picked on WeChat’s map: the point and the address', async () => {
    expect(location.canChooseOnMap).toBe(true)
    answers.chosenLocation = {
      name: '创业路社区服务站',
      address: '郑州市中原区创业路 8 号',
      latitude: 34.7461,
      longitude: 113.6318,
    }
    expect(await location.chooseOnMap()).toEqual({
      point: { lat: 34.7461, lng: 113.6318 },
      address: '郑州市中原区创业路 8 号',
    })
    answers.chosenLocation = { name: '创业路社区服务站', address: '', latitude: 34.7461, longitude: 113.6318 }
    expect((await location.chooseOnMap())?.address).toBe('创业路社区服务站')
  })

  test('the map closed or refused: null, the form stays as it was', async () => {
    answers.chosenLocation = 'cancel'
    expect(await location.chooseOnMap()).toBeNull()
    answers.chosenLocation = { name: 'x', address: 'x', latitude: 34.7, longitude: 113.6 }
    answers.authSetting['scope.userLocation'] = false
    expect(await location.chooseOnMap()).toBeNull()
  })

  test('a photo’s EXIF GPS (WGS-84) is read from the temp file and converted to GCJ-02', async () => {
    // 创业路社区's center: WGS-84 34.7466 N 113.6254 E is GCJ-02 34.745417, 113.631447 (mock/seed-places.ts)
    const photo = tempPhoto({
      width: 4032,
      height: 3024,
      bytes: 400_000,
      gps: { lat: 34.7466, lng: 113.6254 },
    })
    const p = await location.readPhotoPosition(photo)
    expect(p?.lat).toBeCloseTo(34.745417, 4)
    expect(p?.lng).toBeCloseTo(113.631447, 4)
    expect(await location.readPhotoPosition(tempPhoto())).toBeNull()
    expect(await location.readPhotoPosition({ path: 'wxfile://tmp_gone.jpg', name: 'x', size: 0 })).toBeNull()
  })
})

describe('photo-store: the draft’s photos under USER_DATA_PATH', () => {
  test('a photo is copied into user files, outlives its temp file, and is deleted with the draft', async () => {
    const temp = tempPhoto({ width: 1920, height: 1440, bytes: 300_000 })
    const saved = await photoStore.savePhoto('p1', { path: temp.path })
    expect(saved.path).toBe(`${USER_DATA_PATH}/ssp-draft-photo-p1.jpg`)
    fs.dropTemp() // the app was killed
    expect(await photoStore.loadPhoto('p1', saved.path)).toEqual({ path: saved.path })
    await photoStore.deletePhoto('p1', saved.path)
    expect(fs.userFiles()).not.toContain(saved.path)
    expect(await photoStore.loadPhoto('p1', saved.path)).toBeNull()
  })

  test('a full USER_DATA_PATH: the photo is still used from its temp file instead of being refused', async () => {
    fs.state.userQuota = 100_000
    const temp = tempPhoto({ width: 1920, height: 1440, bytes: 300_000 })
    expect(() => wechat.wx.getFileSystemManager().copyFileSync(temp.path, `${USER_DATA_PATH}/x.jpg`)).toThrow(
      'copyFileSync:fail the maximum size of the file storage limit is exceeded',
    )
    expect(await photoStore.savePhoto('p2', { path: temp.path })).toEqual({ path: temp.path })
  })

  test('deleting a photo that is already gone is fine', async () => {
    await expect(photoStore.deletePhoto('p3', `${USER_DATA_PATH}/none.jpg`)).resolves.toBeUndefined()
  })
})

describe('scan: scanCode', () => {
  test('the code’s text, trimmed', async () => {
    expect(canScan()).toBe(true)
    answers.scan = '  HD7K3P9Q\n'
    expect(await scanCode()).toBe('HD7K3P9Q')
  })

  test('the camera closed (scanCode:fail cancel) or refused: null, typing stays possible', async () => {
    answers.scan = 'cancel'
    expect(await scanCode()).toBeNull()
    answers.scan = 'HD7K3P9Q'
    answers.authSetting['scope.camera'] = false
    expect(await scanCode()).toBeNull()
  })

  test('an empty code is no code', async () => {
    answers.scan = '   '
    expect(await scanCode()).toBeNull()
  })
})

describe('subscribe: requestSubscribeMessage', () => {
  const templates = ['tmpl-ticket-progress', 'tmpl-ticket-done']
  const rejections: unknown[] = []
  const onRejection = (e: unknown) => void rejections.push(e)
  beforeAll(() => process.on('unhandledRejection', onRejection))
  afterAll(() => void process.off('unhandledRejection', onRejection))
  beforeEach(() => {
    g.SUBSCRIBE_TEMPLATE_IDS = templates
    log.subscribeAsks.length = 0
    rejections.length = 0
    answers.subscribe = {}
  })
  const inTap = (fn: () => void) => {
    tapping = true
    try {
      fn()
    } finally {
      tapping = false
    }
  }

  test('asked during the tap, for the build’s templates; WeChat answers per template', async () => {
    answers.subscribe = { 'tmpl-ticket-progress': 'accept', 'tmpl-ticket-done': 'reject' }
    inTap(askForUpdates)
    await turn()
    expect(log.subscribeAsks).toEqual([{ tmplIds: templates, inTap: true }])
    expect(log.calls.at(-1)).toBe('requestSubscribeMessage:ok')
    expect(rejections).toEqual([])
  })

  test('WeChat’s refusals are swallowed: outside a tap, the main switch off (20004)', async () => {
    askForUpdates()
    answers.subscribe = { errCode: 20004 }
    inTap(askForUpdates)
    await turn()
    expect(log.calls.slice(-2)).toEqual(['requestSubscribeMessage:fail', 'requestSubscribeMessage:fail'])
    expect(rejections).toEqual([])
  })

  test('without templates nothing is asked', async () => {
    g.SUBSCRIBE_TEMPLATE_IDS = []
    inTap(askForUpdates)
    await turn()
    expect(log.subscribeAsks).toEqual([])
  })
})

describe('storage: 1 MB a key, 10 MB in all', () => {
  afterEach(() => wechat.storage.clear())

  test('JSON in, JSON out; a value stored natively (not as a string) reads back too', () => {
    expect(storage.writeJson('ssp:test', { a: 1 })).toBe(true)
    expect(storage.readJson('ssp:test')).toEqual({ a: 1 })
    wechat.wx.setStorageSync('ssp:native', { b: 2 })
    expect(storage.readJson('ssp:native')).toEqual({ b: 2 })
    expect(storage.readJson('ssp:none')).toBeNull()
  })

  test('a value over 1 MB is refused: writeJson says so and the previous value stays readable', () => {
    storage.writeJson('ssp:big', { v: 'old' })
    expect(storage.writeJson('ssp:big', { v: 'x'.repeat(1024 * 1024) })).toBe(false)
    expect(storage.readJson('ssp:big')).toEqual({ v: 'old' })
  })

  test('the mock’s key-value storage throws on it, so the store can keep running in memory', () => {
    expect(() => storage.keyValueStorage.setItem('ssp-mock:v1:big', 'x'.repeat(1024 * 1024 + 1))).toThrow(
      'setStorageSync:fail exceed storage item max length',
    )
    expect(storage.keyValueStorage.getItem('ssp-mock:v1:big')).toBeNull()
  })

  test('past 10 MB in all, writes fail', () => {
    for (let i = 0; i < 10; i++) expect(storage.writeJson(`ssp:fill${i}`, 'y'.repeat(1000 * 1000))).toBe(true)
    expect(storage.writeJson('ssp:one-more', 'z'.repeat(600 * 1000))).toBe(false)
    expect(wechat.wx.getStorageInfoSync().currentSize).toBeLessThanOrEqual(10 * 1024)
  })
})

describe('login-code, tab-badge, page-shows', () => {
  test('the login code is wx.login’s, unless the developer panel chose a user', async () => {
    answers.loginCode = 'wx-code-42'
    expect(await getLoginCode()).toBe('wx-code-42')
    setDevLoginCode('dev:u-grid-1')
    expect(await getLoginCode()).toBe('dev:u-grid-1')
    wechat.storage.clear()
  })

  test('tab counts go to the app’s own tab bar (99+ above 99, none at 0); WeChat’s badge API is left alone', async () => {
    const calls = log.calls.length
    showTabCount(3, 120)
    expect(readTabCount(3)).toBe(120)
    expect(tabCountText(readTabCount(3))).toBe('99+')
    showTabCount(3, 2)
    expect(tabCountText(readTabCount(3))).toBe('2')
    showTabCount(3, 0)
    expect(tabCountText(readTabCount(3))).toBe('')
    await turn()
    expect(log.badges.size).toBe(0)
    expect(log.calls.slice(calls).filter((c) => c.includes('TabBar'))).toEqual([])
  })

  test('page shows come from wx.onAppRoute, and stop when unsubscribed', () => {
    const seen: number[] = []
    const stop = onPageShow(() => seen.push(1))
    routeListeners.forEach((l) => l({ path: 'pages/home/index' }))
    stop()
    routeListeners.forEach((l) => l({ path: 'pages/me/index' }))
    expect(seen).toEqual([1])
  })
})

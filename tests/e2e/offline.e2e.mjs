/**
 * Offline in a real Chromium (Playwright's context.setOffline): the page says 网络不可用, a
 * submit says 网络恢复后将自动提交, the report waits in 我的上报 as 待发送 and is filed once
 * when the network returns — also when the app was killed while it waited, with a photo taken
 * offline uploaded on the next launch.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launchBrowser, screenshot } from './lib/browser.mjs'
import { makePhoto } from './lib/photo.mjs'

const BASE_URL = process.env.E2E_BASE_URL
const MOCK_API = 'https://mock.suishoupai.local/api/v1'
let browser
let page

const visible = (text, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first()
const tab = (name) => page.locator('.weui-tabbar__label', { hasText: name }).first()

before(async () => {
  assert.ok(BASE_URL, 'E2E_BASE_URL is not set: run through `npm run test:e2e`')
  browser = await launchBrowser({
    // requests the page makes while the network is off fail, as they should
    // (Chromium says ERR_NAME_NOT_RESOLVED for a host it could not look up while offline)
    ignoreErrors: [/ERR_INTERNET_DISCONNECTED/, /ERR_NAME_NOT_RESOLVED/],
  })
  page = await browser.newPage()
})
after(() => browser?.close())

/** The signed-in resident's tickets whose text starts like `text`, straight from the backend. */
function ticketsLike(text) {
  return page.evaluate(
    async ([api, prefix]) => {
      const { token } = JSON.parse(JSON.parse(localStorage.getItem('ssp:session')).data)
      const res = await fetch(`${api}/tickets?scope=mine&limit=50`, {
        headers: { authorization: `Bearer ${token}` },
      })
      const { items } = await res.json()
      return items.filter((t) => (t.excerpt ?? t.description ?? '').startsWith(prefix))
    },
    [MOCK_API, text.slice(0, 12)],
  )
}

async function choosePhoto(seed, gps = null) {
  const chooser = page.waitForEvent('filechooser')
  await page.locator('[aria-label*="添加照片"]').filter({ visible: true }).first().click()
  const buffer = makePhoto({ width: 1200, height: 900, gps, seed })
  await (await chooser).setFiles([{ name: `photo-${seed}.jpg`, mimeType: 'image/jpeg', buffer }])
}

/** 我的上报 first (its code is loaded before the network goes), then the form, filled online. */
async function fillReport(description, seed) {
  await page.goto(new URL('/pages/tickets/index', BASE_URL).href)
  await tab('上报').click()
  await visible('现场照片（0/9）').waitFor()
  await choosePhoto(seed, { lat: 34.7466, lng: 113.6254 })
  await visible('已上传').waitFor({ timeout: 30_000 })
  await visible('照片里带有拍摄位置，点此使用拍摄地点').click()
  await visible('创业路社区 · ', false).waitFor()
  await visible('线杆倾斜断裂').click()
  await page.locator('textarea').filter({ visible: true }).first().fill(description)
}

test('offline: the bar says so, the report waits as 待发送, and is filed once when the network returns', async () => {
  const description = '离线测试一：创业路口的路灯杆被车撞歪了，晚上很危险'
  await fillReport(description, 11)
  await page.context().setOffline(true)
  await visible('网络不可用').waitFor()
  await visible('提交上报').click()
  await visible('网络恢复后将自动提交，可在“我的上报”查看').waitFor()
  assert.notEqual(await visible('正在提交…').count(), 1, 'the button is not left on 正在提交…')
  await screenshot(page, 'offline-report-queued')
  await tab('我的上报').click()
  await visible('待发送').waitFor()
  await visible(description).waitFor()
  await screenshot(page, 'offline-tickets-queued')

  await page.context().setOffline(false)
  await visible('待发送').waitFor({ state: 'detached', timeout: 30_000 })
  assert.equal(await page.locator('.offline-bar').count(), 0)
  await page.waitForFunction(() => {
    const raw = localStorage.getItem('ssp:report-outbox')
    return raw && JSON.parse(JSON.parse(raw).data).length === 0
  })
  assert.equal((await ticketsLike(description)).length, 1, 'exactly one ticket')
  browser.assertNoErrors()
})

test('a report queued offline survives the app being killed, photo taken offline included: one ticket', async () => {
  const description = '离线测试二：建设路东段的井盖缺了一角，电动车容易掉进去'
  await fillReport(description, 21)
  await page.context().setOffline(true)
  await visible('网络不可用').waitFor()
  // a second photo while offline: it cannot go up now, and says why on its tile
  await choosePhoto(22)
  await visible('网络断开').waitFor({ timeout: 30_000 })
  await visible('提交上报').click()
  await visible('网络恢复后将自动提交，可在“我的上报”查看').waitFor()

  // the app is killed while the report waits, and launched again once the network is back
  await page.close()
  await page.context().setOffline(false)
  page = await browser.newPage()
  await page.goto(new URL('/pages/tickets/index', BASE_URL).href)
  await visible(description.slice(0, 12), false).waitFor({ timeout: 30_000 })
  await page.waitForFunction(() => {
    const raw = localStorage.getItem('ssp:report-outbox')
    return raw && JSON.parse(JSON.parse(raw).data).length === 0
  })
  const found = await ticketsLike(description)
  assert.equal(found.length, 1, 'exactly one ticket')
  const detail = await page.evaluate(
    async ([api, id]) => {
      const { token } = JSON.parse(JSON.parse(localStorage.getItem('ssp:session')).data)
      return (await fetch(`${api}/tickets/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()
    },
    [MOCK_API, found[0].id],
  )
  assert.equal(detail.photos.length, 2, 'the photo taken offline went up with the report')
  // a second launch sends nothing more
  await page.reload()
  await visible(description.slice(0, 12), false).waitFor()
  assert.equal((await ticketsLike(description)).length, 1)
  browser.assertNoErrors()
})

test('H5: with the app shell kept by the service worker, tabs never opened before and their icons work offline', async () => {
  page = await browser.newPage()
  await page.goto(new URL('/pages/home/index', BASE_URL).href)
  // the worker has kept every file of the shell before the network goes
  await page.waitForFunction(async () => {
    const reg = await window.navigator.serviceWorker.getRegistration()
    if (!reg?.active) return false
    const keys = await window.caches.keys()
    const cache = keys.find((k) => k.startsWith('ssp-shell-'))
    return Boolean(cache) && (await (await window.caches.open(cache)).keys()).length > 10
  })
  await page.context().setOffline(true)
  await visible('网络不可用').waitFor()
  for (const name of ['我的', '消息']) {
    await tab(name).click()
    await page.waitForFunction(
      (label) => [...document.querySelectorAll('.weui-tabbar__label')].some((l) => l.textContent === label),
      name,
    )
  }
  await visible('网络不可用').waitFor()
  // a reload with no network opens the app from the kept shell, icons included
  await page.reload()
  await tab('首页').waitFor()
  const icons = await page.$$eval('.weui-tabbar__icon', (imgs) =>
    imgs.map((img) => img.complete && img.naturalWidth > 0),
  )
  assert.ok(icons.length === 5 && icons.every(Boolean), `tab icons loaded offline: ${icons}`)
  await screenshot(page, 'offline-home-reloaded')
  await page.context().setOffline(false)
  assert.deepEqual(
    browser.errors.filter((e) => /Loading chunk|ChunkLoadError/.test(e)),
    [],
  )
})

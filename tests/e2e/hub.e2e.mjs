/**
 * 首页 as a service hub in Chromium, as 王秀兰: a problem type tapped in the home grid opens 上报
 * with it already chosen (whether 上报 was open before or not); on 我的上报 and the detail the
 * stepper and the live deadline follow the developer clock (还剩 N 小时 → 已超期; 派单 → 处理 →
 * 办结 as a department works) without a reload; 我也遇到 from the form brings her photo to the existing ticket as 居民补充.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { browserPerFile, screenshot } from './lib/browser.mjs'
import { makePhoto } from './lib/photo.mjs'

const BASE_URL = process.env.E2E_BASE_URL
/** Any origin reaches the mock: its msw worker answers /api/v1 on every host. */
const MOCK_API = 'https://mock.suishoupai.local/api/v1'
/** t-0001: 王秀兰's leaning pole, waiting for the grid worker */
const POLE = '创业路与棉纺路交叉口东北角的电线杆'
/** t-0005: 王秀兰's lamps, 处理 by the department, deadline 18 h after the seed's now; it runs late */
const LAMPS = '创业路社区北门口的三盏路灯'
let browser
let page

const visible = (text, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first()
const go = (path) => page.goto(new URL(path, BASE_URL).href)
/** H5's tab bar, by the tab's whole label (我的 is also the start of 我的上报). */
const tab = (label) => page.locator('.weui-tabbar__label').filter({ hasText: new RegExp(`^${label}$`) })
const chosenLeaf = () => page.locator('.chip--leaf.chip--on').filter({ visible: true })
const lampsCard = () => page.locator('.ticket-card').filter({ hasText: LAMPS, visible: true }).first()
const deadlineOf = (scope) => scope.locator('.ticket-progress__left').first()
const stepState = (scope, step) =>
  scope.locator(`[aria-label^="${step}："]`).first().getAttribute('aria-label')

/** The mock's clock moves forward, as the developer panel does it (POST /dev/clock, X-Dev: 1). */
async function moveClock(minutes) {
  const moved = await page.evaluate(
    async ([url, advanceMinutes]) => {
      const headers = { 'content-type': 'application/json', 'x-dev': '1' }
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ advanceMinutes }) })
      return res.ok
    },
    [`${MOCK_API}/dev/clock`, minutes],
  )
  assert.ok(moved, 'the developer clock moved')
}

/** Hours in "还剩 18 小时" / "已超期 2 小时". */
async function hoursIn(locator, pattern) {
  const text = (await locator.textContent()).trim()
  const m = pattern.exec(text)
  assert.ok(m, `“${text}” is not ${pattern}`)
  return Number(m[1])
}

browserPerFile((b, p) => {
  browser = b
  page = p
})

test('a problem type in the home grid opens 上报 with it already chosen', async () => {
  await go('/')
  const grid = page.locator('.category-grid').filter({ visible: true })
  await grid.getByRole('button', { name: '上报路灯损坏' }).click()
  await page.waitForURL(/\/pages\/report\/index/)
  await chosenLeaf().first().waitFor()
  assert.equal(await chosenLeaf().count(), 1)
  assert.equal((await chosenLeaf().textContent()).trim(), '路灯损坏')
  await page.locator('.sla-line').filter({ visible: true }).first().waitFor()

  // 上报 is now open behind 首页: another tap there changes the chosen type in place
  await tab('首页').click()
  const labels = await grid
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
  const other = labels.find((l) => /^上报/.test(l) && l !== '上报路灯损坏')
  assert.ok(other, `another type in the grid: ${labels.join(', ')}`)
  const name = other.replace(/^上报/, '')
  await grid.getByRole('button', { name: other, exact: true }).click()
  await page.waitForURL(/\/pages\/report\/index/)
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll('.chip--leaf.chip--on')].some((c) => c.textContent.trim() === want),
    name,
  )
  await screenshot(page, 'hub-report-preset')
  browser.assertNoErrors()
})

test('the deadline follows the developer clock, on 我的上报 and the detail, without a reload', async () => {
  await go('/pages/tickets/index')
  await lampsCard().waitFor()
  const left = await hoursIn(deadlineOf(lampsCard()), /^还剩 (\d+) 小时$/)
  assert.ok(left >= 12 && left <= 18, `还剩 ${left} 小时`)
  assert.equal(await stepState(lampsCard(), '处理'), '处理：进行中')
  await page.evaluate(() => {
    window.__sameDocument = true
  })

  await moveClock((left + 2) * 60)
  // the detail, opened in the app, hears the server's new time with its answer
  await lampsCard().click()
  await visible('处理进度').waitFor()
  const header = page.locator('.ticket-progress').filter({ visible: true }).first()
  const late = await hoursIn(deadlineOf(header), /^已超期 (\d+) 小时$/)
  assert.ok(late >= 1 && late <= 3, `已超期 ${late} 小时`)
  await screenshot(page, 'hub-detail-overdue')

  // back on 我的上报, the card still on screen counts from the same clock
  await page.goBack()
  await lampsCard().waitFor()
  await hoursIn(deadlineOf(lampsCard()), /^已超期 (\d+) 小时$/)
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload')

  browser.assertNoErrors()
})

test('the stepper moves as the developer panel moves the clock: 派单 → 处理 → 办结', async () => {
  // 赵磊 accepts and dispatches her t-0001 (on his own phone): a department takes it on
  const status = await page.evaluate(async (api) => {
    const post = (path, token, body = {}) =>
      fetch(`${api}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token && { authorization: `Bearer ${token}` }),
          'idempotency-key': `${path}-${Date.now()}`,
        },
        body: JSON.stringify(body),
      }).then((r) => r.json())
    const { token } = await post('/auth/login', '', { code: 'dev:u-grid-1' })
    await post('/tickets/t-0001/accept', token)
    return (await post('/tickets/t-0001/dispatch', token)).status
  }, MOCK_API)
  assert.equal(status, 'dispatched')
  await go('/pages/tickets/index')
  const card = () => page.locator('.ticket-card').filter({ hasText: POLE, visible: true }).first()
  await card().waitFor()
  assert.equal(await stepState(card(), '派单'), '派单：进行中')
  await hoursIn(deadlineOf(card()), /^还剩 (\d+) 小时$/)
  await page.evaluate(() => {
    window.__sameDocument = true
  })

  const later = async (button, step) => {
    await tab('我的').click()
    await visible('开发者面板').click()
    await visible(button).click()
    await visible('时钟已拨快', false).waitFor()
    await page.goBack()
    await tab('我的上报').click()
    await page.waitForFunction(
      ([text, label]) =>
        [...document.querySelectorAll('.ticket-card')].some(
          (c) => c.textContent.includes(text) && c.querySelector(`[aria-label="${label}"]`),
        ),
      [POLE, step],
    )
  }
  // the department picks it up an hour after the dispatch, and finishes well within its 12 hours
  await later('+1 小时', '处理：进行中')
  await later('+1 天', '办结：已完成')
  assert.equal(await deadlineOf(card()).count(), 0, 'no deadline once resolved')
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload')
  await screenshot(page, 'hub-tickets-resolved')
  browser.assertNoErrors()
})

test('我也遇到 from the form brings her photo to the existing ticket, shown as 居民补充', async () => {
  // a fresh form: the type chosen from 首页 above stays in the draft otherwise
  await page.evaluate(() => localStorage.removeItem('ssp:report-draft'))
  await go('/pages/report/index')
  await visible('现场照片（0/9）').waitFor()
  const chooser = page.waitForEvent('filechooser')
  await visible('＋').click()
  const photo = makePhoto({ width: 1200, height: 900, gps: { lat: 34.7466, lng: 113.6254 } })
  await (await chooser).setFiles([{ name: 'pole.jpg', mimeType: 'image/jpeg', buffer: photo }])
  await visible('已上传').waitFor({ timeout: 30_000 })
  await visible('照片里带有拍摄位置，点此使用拍摄地点').click()
  await visible('创业路社区 · ', false).waitFor()
  await visible('线杆倾斜断裂').click()
  const nearby = page.locator('.nearby').filter({ visible: true }).first()
  await nearby.getByText('同时补充我拍的 1 张照片').waitFor()
  await screenshot(page, 'hub-nearby-photos')
  await nearby.getByText('我也遇到', { exact: true }).first().click()
  const dialog = page
    .locator('.dialog__content')
    .filter({ hasText: '您拍的 1 张照片会补充到这条上报里', visible: true })
  await dialog.first().waitFor()
  await page.locator('.dialog__btn.btn--primary').filter({ visible: true }).first().click()
  await page.waitForURL(/\/packages\/resident\/pages\/ticket\/index/)
  const added = page.locator('.timeline__event').filter({ hasText: '居民补充', visible: true }).first()
  await added.waitFor()
  await added.getByText('补充了 1 张现场照片').waitFor()
  await added.getByLabel('居民补充照片 1').waitFor()
  await screenshot(page, 'hub-ticket-added-photo')
  browser.assertNoErrors()
})

/**
 * The foundation in a real Chromium on the H5 mock build: launch logs in against the msw
 * worker, 首页 shows the category tree, 长辈模式 enlarges text, survives a reload and lays
 * 我的上报's tabs out in full rows, and a fault injected from the developer panel shows a clear
 * error that 重试 recovers from.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { browserPerFile, launchBrowser, screenshot } from './lib/browser.mjs'

const BASE_URL = process.env.E2E_BASE_URL
let browser
let page

const visible = (text, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first()
const fontSize = (locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

browserPerFile((b, p) => {
  browser = b
  page = p
})

test('launch logs in and 首页 greets the resident above the category tree', async () => {
  await page.goto(BASE_URL)
  await visible('王秀兰，您好！', false).waitFor()
  await visible('线杆倾斜断裂').waitFor()
  await visible('预计 2 小时内处理 · 燃气公司').waitFor()
  // Taro's H5 storage wraps each value as {"data": …}
  const session = await page.evaluate(() =>
    JSON.parse(JSON.parse(localStorage.getItem('ssp:session') ?? '{}').data ?? '{}'),
  )
  assert.equal(typeof session.token, 'string')
  assert.equal(session.user.id, 'u-resident-1')
  browser.assertNoErrors()
})

test('长辈模式 enlarges the text, and stays on after a reload', async () => {
  await page.goto(new URL('/pages/me/index', BASE_URL).href)
  const title = visible('长辈模式')
  await title.waitFor()
  const normal = await fontSize(title)
  await screenshot(page, 'me')
  await page.getByLabel('长辈模式').filter({ visible: true }).first().click()
  await page.waitForFunction(() => document.querySelector('.page--elder') !== null)
  const large = await fontSize(title)
  assert.ok(large >= normal * 1.3, `elder ${large}px vs normal ${normal}px`)
  await screenshot(page, 'me-elder')

  await page.goto(BASE_URL)
  await visible('路灯损坏').waitFor()
  assert.ok(await page.locator('.page--elder').filter({ visible: true }).count(), '首页 is in 长辈模式 too')
  await screenshot(page, 'home-elder')

  // 我的上报: its two scopes share the row, half each; its six status tabs wrap, a third each
  await page.goto(new URL('/pages/tickets/index', BASE_URL).href)
  await visible('我关注的').waitFor()
  const shares = await page.evaluate(() =>
    [...document.querySelectorAll('.page--elder .status-tabs')]
      .filter((row) => row.getClientRects().length > 0)
      .map((row) => {
        const inner = row.clientWidth - parseFloat(getComputedStyle(row).paddingLeft) * 2
        return [...row.querySelectorAll('.status-tabs__tab')].map(
          (t) => t.getBoundingClientRect().width / inner,
        )
      }),
  )
  assert.equal(shares.length, 2, JSON.stringify(shares))
  for (const share of shares[0]) assert.ok(Math.abs(share - 1 / 2) < 0.02, `scope tab ${share}`)
  for (const share of shares[1]) assert.ok(Math.abs(share - 1 / 3) < 0.02, `status tab ${share}`)
  await screenshot(page, 'tickets-elder')
  await page.evaluate(() => localStorage.setItem('ssp:elder-mode', JSON.stringify({ data: 'false' })))
  browser.assertNoErrors()
})

test('a fault injected from the developer panel shows a plain error, and 重试 recovers', async () => {
  await page.goto(new URL('/pages/me/index', BASE_URL).href)
  await visible('开发者面板').click()
  await visible('故障注入').waitFor()
  await visible('返回乱码').click()
  await visible('10 次').click()
  await visible('注入故障').click()
  await visible('接下来 10 个请求将出错').waitFor()
  await screenshot(page, 'dev-panel')

  // a fresh start of the app: its first requests get broken answers, whatever else the page asks
  await page.goto(BASE_URL)
  const problem = visible('服务器返回的数据有误，请稍后重试')
  await problem.waitFor()
  await screenshot(page, 'home-fault')
  // a person taps 重试 until the faults run out
  for (let tries = 0; tries < 20 && (await problem.isVisible()); tries++) {
    await visible('重试').click()
    await page.waitForTimeout(300)
  }
  await visible('路灯损坏').waitFor()
  browser.assertNoErrors()
})

test("a first visit fetches the opening page's scripts from index.html, beside app.js", async () => {
  // a first visit: nothing cached yet, no service worker in control
  const fresh = await launchBrowser()
  try {
    const first = await fresh.newPage()
    await first.goto(new URL('/pages/report/index', BASE_URL).href)
    await first.getByText('提交上报', { exact: true }).filter({ visible: true }).first().waitFor()
    const loaded = await first.evaluate(() => {
      const entry = [...document.querySelectorAll('script[src]')]
        .filter((s) => s.defer)
        .map((s) => new URL(s.src).pathname)
      return window.performance
        .getEntriesByType('resource')
        .filter((e) => /\/js\/[^/]+\.js$/.test(new URL(e.name).pathname))
        .map((e) => ({ path: new URL(e.name).pathname, by: e.initiatorType }))
        .filter((e) => !entry.includes(e.path))
    })
    // 上报's own chunks and the session services': each fetched once, by its preload link
    assert.ok(loaded.length >= 3, JSON.stringify(loaded))
    for (const e of loaded) assert.equal(e.by, 'link', JSON.stringify(loaded))
    assert.equal(new Set(loaded.map((e) => e.path)).size, loaded.length, JSON.stringify(loaded))
    fresh.assertNoErrors()
  } finally {
    await fresh.close()
  }
})

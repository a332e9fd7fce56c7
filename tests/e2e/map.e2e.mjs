/**
 * Maps in Chromium on the mock-mode H5 build: 问题地图 on 附近的问题 (seeded tickets as labelled
 * markers and clusters, a marker's card opening the ticket), and the pin of 上报 (dragging the
 * map changes the address under it; out of the service area it turns red with 选择社区).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { browserPerFile, screenshot } from './lib/browser.mjs'

const BASE_URL = process.env.E2E_BASE_URL
/** 创业路社区's centre in WGS-84, what a browser's geolocation reports */
const CHUANGYE_WGS = { latitude: 34.7466, longitude: 113.6254, accuracy: 20 }
const STATUS = /· (待受理|已受理|已派单|处理中|已办结|已评价)/
let browser
let page

const visible = (text, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first()
const map = (name) => page.getByRole('region', { name })
/** The index of the first element matching `selector` well inside the visible map, or -1. */
async function onScreen(selector) {
  return page.evaluate((sel) => {
    const box = document.querySelector('.smap__box').getBoundingClientRect()
    return [...document.querySelectorAll(sel)].findIndex((el) => {
      const r = el.getBoundingClientRect()
      const x = r.left + r.width / 2
      const y = r.top + r.height / 2
      return x > box.left + 30 && x < box.right - 60 && y > box.top + 30 && y < box.bottom - 30
    })
  }, selector)
}
const mapButtons = () => map('问题地图').locator('.smap__marker, .smap__cluster')

browserPerFile((b, p) => {
  browser = b
  page = p
})

/** Drags the map by (dx, dy) with the mouse, in small steps like a finger. */
async function drag(name, dx, dy) {
  const box = await map(name).locator('.smap__box').boundingBox()
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + dx, y + dy, { steps: 12 })
  await page.mouse.up()
}

test('附近的问题 opens on 问题地图: seeded tickets as labelled markers, a card, then the ticket', async () => {
  await page.goto(new URL('/packages/resident/pages/board/index', BASE_URL).href)
  // the first page of the file also starts the mock and signs in
  await map('问题地图').waitFor({ timeout: 30_000 })
  await mapButtons().first().waitFor()
  const labels = await mapButtons().evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
  for (const l of labels) assert.match(l, new RegExp(`${STATUS.source}|此处 \\d+ 个问题，点按放大`))
  await screenshot(page, 'map-board')
  // zoom into clusters until single markers show
  for (let i = 0; i < 6 && (await onScreen('.smap__marker')) < 0; i++) {
    await map('问题地图')
      .locator('.smap__cluster')
      .nth(Math.max(0, await onScreen('.smap__cluster')))
      .click()
  }
  const marker = map('问题地图')
    .locator('.smap__marker')
    .nth(await onScreen('.smap__marker'))
  const label = await marker.getAttribute('aria-label')
  assert.match(label, STATUS)
  await marker.click()
  const card = page.getByRole('dialog', { name: '问题摘要' })
  await card.locator('.ticket-card').waitFor()
  await card.getByText(label.split(' · ')[0], { exact: true }).first().waitFor()
  await screenshot(page, 'map-board-card')
  await card.locator('.ticket-card__tap').click()
  await page.waitForURL(/\/packages\/resident\/pages\/ticket\/index\?id=t-\d+/)
  await visible(label.split(' · ')[0]).waitFor()
  browser.assertNoErrors()
})

test('the list is one tap away and the filters follow it', async () => {
  await page.goto(new URL('/packages/resident/pages/board/index', BASE_URL).href)
  await map('问题地图').waitFor()
  await page.getByRole('tab', { name: '列表' }).click()
  await page.locator('.ticket-card').first().waitFor()
  await page.getByRole('tab', { name: '已办结' }).click()
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.ticket-card .status-badge')].every((b) => b.textContent === '已办结'),
  )
  browser.assertNoErrors()
})

test('上报: dragging the map moves the pin to a new address', async () => {
  await browser.context.setGeolocation(CHUANGYE_WGS)
  await page.goto(new URL('/pages/report/index', BASE_URL).href)
  await visible('拖动地图选点').click()
  await map('选择问题地点的地图').waitFor()
  const under = page.locator('.location-map__address')
  await under.waitFor()
  const before = await under.textContent()
  assert.match(before, /^图钉处：郑州市中原区.+号附近$/)
  await visible('创业路社区 · ', false).waitFor()
  await drag('选择问题地点的地图', -120, 90)
  await page.waitForFunction(
    (b) => document.querySelector('.location-map__address')?.textContent !== b,
    before,
  )
  const after = await under.textContent()
  assert.notEqual(after, before)
  assert.equal(`图钉处：${await page.locator('.location input').first().inputValue()}`, after)
  await screenshot(page, 'map-pick-dragged')
  browser.assertNoErrors()
})

test('上报: a pin outside the service area turns red and offers 选择社区', async () => {
  await page.goto(new URL('/pages/report/index', BASE_URL).href)
  await visible('拖动地图选点').click()
  await map('选择问题地点的地图').waitFor()
  await page.locator('.location-map__address').waitFor()
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '缩小地图' }).click()
  // the map up by 300 px at this zoom: the pin ends about 2 km south, where nobody is served
  await drag('选择问题地点的地图', 0, -300)
  await visible('这里不在服务范围内，暂时无法受理', false).waitFor()
  assert.equal(await page.locator('.smap__pin--bad').count(), 1)
  await screenshot(page, 'map-pick-outside')
  await visible('选择社区').click()
  await page.locator('.pick-list').getByText('创业路社区', { exact: true }).click()
  await visible('创业路社区 · ', false).waitFor()
  assert.equal(await page.locator('.smap__pin').count(), 0, 'the map closes once a community is chosen')
  browser.assertNoErrors()
})

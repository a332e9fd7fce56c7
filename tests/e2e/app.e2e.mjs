/**
 * H5 smoke: the mock-mode build (served by scripts/e2e.mjs at E2E_BASE_URL) opens on 首页
 * in Chromium without a page error. Journeys live in their own *.e2e.mjs files.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { browserPerFile, screenshot } from './lib/browser.mjs'

const BASE_URL = process.env.E2E_BASE_URL
let browser
let page

browserPerFile((b, p) => {
  browser = b
  page = p
})

test('首页 opens without page errors', async () => {
  const response = await page.goto(BASE_URL)
  assert.equal(response?.status(), 200)
  await page.getByText('首页', { exact: true }).first().waitFor({ state: 'visible' })
  // let the first render settle (service worker start, first queries) before judging errors
  await page.waitForLoadState('networkidle').catch(() => {})
  await screenshot(page, 'home')
  browser.assertNoErrors()
})

test('an unknown path falls back to the app, the worker is JavaScript', async () => {
  const worker = await page.request.get(new URL('/mockServiceWorker.js', BASE_URL).href)
  assert.equal(worker.status(), 200)
  assert.match(worker.headers()['content-type'] ?? '', /^text\/javascript/)
  const deep = await page.request.get(new URL('/pages/tickets/index', BASE_URL).href)
  assert.equal(deep.status(), 200)
  assert.match(deep.headers()['content-type'] ?? '', /^text\/html/)
})

test('首页 shows the 随手拍 heading and the category 路灯损坏 (from the mock backend)', async () => {
  // Taro's H5 navigation bar also holds a hidden 随手拍: only a visible one counts.
  await page.getByText('随手拍', { exact: true }).filter({ visible: true }).first().waitFor()
  await page.getByText('路灯损坏', { exact: true }).filter({ visible: true }).first().waitFor()
  browser.assertNoErrors()
})

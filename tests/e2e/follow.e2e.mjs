/**
 * Following a report in Chromium, on seeded tickets of 王秀兰: 催办 an overdue one, the
 * 24-hour wait on one urged this morning, 评价 with stars, 重新处理 with a reason, and
 * 我也遇到 on a neighbour's report, each visible on the timeline afterwards; and a photo opened
 * full screen.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { browserPerFile, screenshot } from './lib/browser.mjs'

const BASE_URL = process.env.E2E_BASE_URL
let browser
let page

const visible = (text, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first()
const open = (id) => page.goto(new URL(`/packages/resident/pages/ticket/index?id=${id}`, BASE_URL).href)

browserPerFile((b, p) => {
  browser = b
  page = p
})

test('催办 an overdue ticket; the urge shows on its timeline', async () => {
  await open('t-0004')
  await visible('超期').waitFor()
  await visible('催办').click()
  await visible('居民催办').waitFor()
  await visible('已催办，24 小时后可再次催办', false).waitFor()
  await screenshot(page, 'follow-urged')
  browser.assertNoErrors()
})

test('a tap on a photo opens it full screen, among the ticket’s photos; a tap closes it', async () => {
  await open('t-0001')
  // the viewer's code loads with the first tap (src/platform/preview-image.ts)
  await page.getByLabel('现场照片 2', { exact: true }).filter({ visible: true }).first().click()
  const viewer = page.locator('.preview-image')
  await viewer.waitFor()
  const shown = viewer.locator('img')
  await shown.first().waitFor({ state: 'attached' })
  assert.equal(await shown.count(), 2, 'both photos of the ticket are in the viewer')
  await screenshot(page, 'follow-photo-viewer')
  await viewer.click()
  await viewer.waitFor({ state: 'detached' })
  browser.assertNoErrors()
})

test('a ticket urged this morning says when it can be urged again', async () => {
  await open('t-0005')
  await visible('小时后可再次催办', false).waitFor()
  assert.equal(
    await page.getByText('催办', { exact: true }).filter({ visible: true }).count(),
    0,
    'no 催办 button yet',
  )
})

test('评价 a resolved ticket with stars and a comment; it becomes 已评价', async () => {
  await open('t-0006')
  await visible('评价处理结果').waitFor()
  await page.getByLabel('4 星').filter({ visible: true }).first().click()
  await page
    .locator('.rate-form textarea, textarea')
    .filter({ visible: true })
    .first()
    .fill('修得很快，谢谢！')
  await visible('提交评价').click()
  await visible('已评价').waitFor()
  await visible('修得很快，谢谢！').waitFor()
  await screenshot(page, 'follow-rated')
  browser.assertNoErrors()
})

test('重新处理 needs a reason, then sends the ticket back to 已受理', async () => {
  await open('t-0007')
  await visible('不满意，重新处理').click()
  // the form's own 提交 (the stepper at the top of the page has a step called 提交 too)
  const submit = page.locator('.reopen-form').getByText('提交', { exact: true })
  await submit.click()
  await visible('请说明原因，至少 5 个字').waitFor()
  await page.locator('.reopen-form textarea').filter({ visible: true }).first().fill('井盖又松了，车一过就响')
  await submit.click()
  await visible('已受理').waitFor()
  await visible('井盖又松了，车一过就响').waitFor()
  await screenshot(page, 'follow-reopened')
  browser.assertNoErrors()
})

test('我也遇到 on a neighbour’s report, once', async () => {
  await open('t-0015')
  await visible('我也遇到').click()
  await visible('已关注', false).waitFor()
  await page.goto(new URL('/pages/tickets/index', BASE_URL).href)
  await page.locator('.ticket-card').first().waitFor()
  browser.assertNoErrors()
})

/**
 * Reporting in a real Chromium: a camera-size JPEG chosen through the file chooser is shrunk
 * below 500 KB and stripped of EXIF before upload, a fake .jpg is refused by name, the
 * photo's GPS fills the place, a reload mid-draft restores everything, the duplicate prompt
 * appears, and the submitted report opens with its timeline and shows in 我的上报.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { browserPerFile, screenshot } from './lib/browser.mjs'
import { hasExif, makePhoto } from './lib/photo.mjs'

const BASE_URL = process.env.E2E_BASE_URL
const DESCRIPTION = '创业路口东北角的电线杆向人行道倾斜，下雨天很危险'
let browser
let page

const visible = (text, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first()

async function choosePhotos(files) {
  const chooser = page.waitForEvent('filechooser')
  await visible('＋').click()
  await (await chooser).setFiles(files)
}

browserPerFile((b, p) => {
  browser = b
  page = p
})

test('a 12-megapixel photo is compressed and stripped of EXIF before upload; a fake .jpg is refused by name', async () => {
  await page.goto(new URL('/pages/report/index', BASE_URL).href)
  await visible('现场照片（0/9）').waitFor()
  const photo = makePhoto({ gps: { lat: 34.7466, lng: 113.6254 } })
  assert.ok(photo.length > 3_000_000 && hasExif(photo), 'the test photo is camera-sized and has EXIF')
  const uploaded = page.waitForResponse(
    (r) => r.url().includes('/api/v1/uploads') && r.request().method() === 'POST',
    {
      timeout: 30_000,
    },
  )
  await choosePhotos([
    { name: 'street-pole.jpg', mimeType: 'image/jpeg', buffer: photo },
    { name: 'not-an-image.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is text, not a photo') },
  ])
  await visible('“not-an-image.jpg”不是图片，无法上传').waitFor({ timeout: 30_000 })
  const answer = await (await uploaded).json()
  assert.ok(answer.bytes <= 500 * 1024, `uploaded ${answer.bytes} bytes`)
  assert.ok(Math.max(answer.width, answer.height) <= 1920, `uploaded ${answer.width}×${answer.height}`)
  assert.equal(answer.width / answer.height, 4 / 3)
  const sent = await page.evaluate(
    async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())),
    answer.url,
  )
  assert.equal(sent.length, answer.bytes)
  assert.equal(hasExif(Buffer.from(sent)), false, 'no EXIF (GPS, camera) leaves the device')
  await visible('已上传').waitFor()
  await visible('现场照片（1/9）').waitFor()
  await screenshot(page, 'report-photo')
  browser.assertNoErrors()
})

test('the photo’s own GPS fills the place; the category shows its deadline; the same problem nearby is offered', async () => {
  await visible('照片里带有拍摄位置，点此使用拍摄地点').click()
  await visible('创业路社区 · ', false).waitFor()
  await visible('线杆倾斜断裂').click()
  await visible('预计 12 小时内处理 · 供电公司').waitFor()
  await visible('附近已有相同问题').waitFor()
  await page.locator('textarea').filter({ visible: true }).first().fill(DESCRIPTION)
  await visible(`${DESCRIPTION.length}/500`).waitFor()
  await screenshot(page, 'report-filled')
})

test('a reload mid-draft restores every field and the photo', async () => {
  await page.waitForFunction((d) => (localStorage.getItem('ssp:report-draft') ?? '').includes(d), DESCRIPTION)
  await page.reload()
  await visible('已恢复上次未提交的草稿').waitFor()
  assert.equal(await page.locator('textarea').filter({ visible: true }).first().inputValue(), DESCRIPTION)
  await visible('现场照片（1/9）').waitFor()
  await visible('已上传').waitFor()
  await visible('创业路社区 · ', false).waitFor()
  await visible('预计 12 小时内处理 · 供电公司').waitFor()
  browser.assertNoErrors()
})

test('submitting opens the new report with its timeline, and 我的上报 lists it', async () => {
  await visible('提交上报').click()
  await page.waitForURL(/\/packages\/resident\/pages\/ticket\/index\?id=/)
  await visible(DESCRIPTION).waitFor()
  await visible('提交上报').waitFor()
  await screenshot(page, 'report-submitted')
  const draft = await page.evaluate(() => localStorage.getItem('ssp:report-draft'))
  assert.ok(!draft, 'the draft is cleared after a successful submit')
  await page.goto(new URL('/pages/tickets/index', BASE_URL).href)
  await visible(DESCRIPTION.slice(0, 10), false).waitFor()
  browser.assertNoErrors()
})

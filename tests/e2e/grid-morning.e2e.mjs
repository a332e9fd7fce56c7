/**
 * A grid worker's morning in Chromium on the H5 mock build, as 赵磊: 首页 and 我的 make no request
 * the server refuses (no 403 in the console); the queue puts late and urged tickets first with
 * their flags, 待处理 oldest first; a ticket shows the reporter's number with a call button; 改派
 * changes the category with the reason on the timeline; two tickets are accepted in one batch;
 * a patrol finds two hazards (one solved on the spot, one reported); the statistics count them.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { appOn } from './lib/app.mjs'
import { launchBrowser, screenshot } from './lib/browser.mjs'
import { makePhoto } from './lib/photo.mjs'

const BASE_URL = process.env.E2E_BASE_URL
// WGS-84 ~150 m north of 创业路社区's center: 创业路社区第一网格, 赵磊's grid
const IN_GRID = { latitude: 34.748, longitude: 113.6254, accuracy: 20 }
let browser
let page

const visible = (text, exact = true) => page.getByText(text, { exact }).filter({ visible: true }).first()
const go = (path) => page.goto(new URL(path, BASE_URL).href)
const cards = () => page.locator('.workbench-card').filter({ visible: true })

async function addPhoto(label, seed) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByLabel(label).filter({ visible: true }).last().click()
  await (
    await chooser
  ).setFiles([
    { name: `p${seed}.jpg`, mimeType: 'image/jpeg', buffer: makePhoto({ seed, width: 800, height: 600 }) },
  ])
}

before(async () => {
  assert.ok(BASE_URL, 'E2E_BASE_URL is not set: run through `npm run test:e2e`')
  // no 403 is ignored: a grid worker's 首页 and 我的 must not ask for what they may not have
  browser = await launchBrowser({ geolocation: IN_GRID })
  page = await browser.newPage()
  // this journey walks many pages of a loaded shared machine: wait longer than the default
  page.setDefaultTimeout(40_000)
  page.setDefaultNavigationTimeout(60_000)
})

after(async () => {
  await browser?.close()
})

test('as 赵磊, 首页 and 我的 make no refused request', async () => {
  await appOn(page).switchTo('赵磊')
  await go('/')
  await visible('网格员工作台').waitFor()
  await go('/pages/me/index')
  await visible('网格员工作台').waitFor()
  await page.waitForTimeout(500)
  assert.equal(await visible('我的积分').count(), 0)
  browser.assertNoErrors()
})

test('the queue: late and urged first with their flags, 待处理 oldest first', async () => {
  await go('/packages/workbench/pages/queue/index')
  await cards().first().waitFor()
  const first = await cards().first().textContent()
  assert.match(first, /受理超时/)
  await visible('已派单', false).click()
  await visible('催办 ×', false).waitFor()
  await visible('超期', false).waitFor()
  await screenshot(page, 'grid-morning-queue')
})

test('a ticket says whether the reporter left a number, and 改派 records the reason', async () => {
  await go('/packages/workbench/pages/ticket/index?id=t-0003')
  // t-0003's reporter left no number: no call button, said in words
  await visible('上报人没有留电话').waitFor()
  await visible('改派（分类不对）').click()
  await visible('点这里选择正确的分类 ›').click()
  await visible('确定').click()
  await page.locator('textarea').filter({ visible: true }).first().fill('现场看是别的问题，分类选错了')
  await visible('确认改派').click()
  await visible('网格员改派').waitFor()
  await visible('现场看是别的问题，分类选错了', false).waitFor()
  await screenshot(page, 'grid-morning-recategorized')
})

test('two tickets accepted in one batch', async () => {
  await go('/packages/workbench/pages/queue/index')
  await cards().first().waitFor()
  await visible('批量处理').click()
  await visible('选择').click()
  await visible('选择').click()
  await visible('已选择 2 件').waitFor()
  await visible('批量受理').click()
  await visible('已受理 2 件', false).waitFor()
})

test('a patrol with two hazards, one solved on the spot, and the statistics count them', async () => {
  await go('/packages/workbench/pages/stats/index')
  await visible('现场解决').waitFor()
  const before = Number(
    /\d+/.exec(await page.locator('.stats-row').filter({ hasText: '现场解决' }).first().textContent())[0],
  )

  await go('/packages/workbench/pages/patrol/index')
  await visible('开始巡查').click()
  await visible('正在巡查').waitFor()
  await visible('发现问题').click()
  await addPhoto('添加现场照片', 1)
  await visible('已上传').waitFor({ timeout: 30_000 })
  await visible('现场解决').click()
  await addPhoto('添加处理后照片', 2)
  await page.locator('.hazard-form').getByText('已上传').nth(1).waitFor({ timeout: 30_000 })
  await visible('确认现场解决').click()
  await visible('发现 1 处 · 现场解决 1 处 · 上报 0 处')
    .waitFor()
    .catch(async (e) => {
      await screenshot(page, 'grid-morning-hazard-failed')
      throw e
    })

  await visible('发现问题').click()
  await addPhoto('添加现场照片', 3)
  await visible('已上传').waitFor({ timeout: 30_000 })
  await visible('上报').click()
  await visible('发现 2 处 · 现场解决 1 处 · 上报 1 处').waitFor()
  await screenshot(page, 'grid-morning-patrol')
  await visible('结束巡查').click()
  await visible('开始巡查').waitFor()
  await visible('发现 2 处 · 现场解决 1 处 · 上报 1 处').waitFor()

  await go('/packages/workbench/pages/stats/index')
  await visible('现场解决').waitFor()
  const after = Number(
    /\d+/.exec(await page.locator('.stats-row').filter({ hasText: '现场解决' }).first().textContent())[0],
  )
  assert.equal(after, before + 1)
  await screenshot(page, 'grid-morning-stats')
  browser.assertNoErrors()
})

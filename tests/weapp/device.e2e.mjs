/**
 * The weapp-only paths of the BUILT mock weapp, with WeChat's refusals: location refused (the
 * app says how to allow it and falls back to the community list), WeChat's map picker, a picker
 * closed, a full USER_DATA_PATH, a half-filled report that survives the app being killed, and
 * check-in by scanning the code posted at the site (the camera closed first: typing is offered),
 * and a ticket's photo opened in WeChat's viewer.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { assertBuilt, assertClean, createDevice, PEOPLE, startAs } from './lib/harness.mjs'
import { CAMERA_PHOTO, USER_DATA_PATH } from './lib/wechat.mjs'

const running = []
before(assertBuilt)
after(() => running.forEach((mp) => mp.dispose()))

async function residentOn(device) {
  const mp = await startAs(PEOPLE.resident, device)
  running.push(mp)
  return mp
}

async function reportPage(mp) {
  const page = await mp.open('/pages/report/index')
  await page.waitForText('井盖缺失')
  return page
}

test('location refused: the app says how to allow it, offers the communities, and one of them is used', async () => {
  const mp = await residentOn(createDevice())
  mp.answers.prompt = 'deny'
  const page = await reportPage(mp)
  await page.tap('使用当前位置')
  await page.waitForText('没有定位权限。请在设置中允许定位，或在下方选择所在社区')
  // WeChat asked with the reason the app gives in app.json, and the person said no
  assert.deepEqual(mp.log.prompts, [
    { scope: 'scope.userLocation', desc: mp.appJson.permission['scope.userLocation'].desc },
  ])
  assert.match(mp.log.prompts[0].desc, /位置/)
  await page.waitForText('创业路社区')
  await page.tap('创业路社区')
  await page.waitForText(/^创业路社区 · 创业路社区第[一二]网格$/)
  assert.ok(!page.has('没有定位权限。请在设置中允许定位，或在下方选择所在社区'))
  assertClean(mp)
})

test('picked on WeChat’s map: the address chosen there, the grid from the point', async () => {
  const mp = await residentOn(createDevice())
  mp.answers.chosenLocation = {
    name: '创业路社区服务站',
    address: '郑州市中原区创业路 8 号服务站门口',
    latitude: 34.7458,
    longitude: 113.6315,
  }
  const page = await reportPage(mp)
  await page.tap('在地图上选')
  await page.waitForText('创业路社区 · 创业路社区第一网格')
  assert.ok(page.lines().includes('[input 郑州市中原区创业路 8 号服务站门口]'), page.text())

  mp.answers.chosenLocation = 'cancel'
  await page.tap('在地图上选')
  assert.ok(page.has('创业路社区 · 创业路社区第一网格'), 'closing the map changed the place')
  assertClean(mp)
})

test('closing the photo picker changes nothing', async () => {
  const mp = await residentOn(createDevice())
  mp.answers.media.push('cancel')
  const page = await reportPage(mp)
  await page.tap('拍照/相册')
  assert.ok(page.has('现场照片（0/9）'))
  assert.equal(mp.log.calls.filter((c) => c === 'chooseMedia:fail').length, 1)
  assertClean(mp)
})

test('a full USER_DATA_PATH: the photo is still compressed, uploaded and kept for the report', async () => {
  const device = createDevice()
  device.fs.state.userQuota = 50_000
  const mp = await residentOn(device)
  mp.answers.media.push({ files: [CAMERA_PHOTO] })
  const page = await reportPage(mp)
  await page.tap('拍照/相册')
  await page.waitForText('已上传', { timeout: 8000 })
  assert.ok(page.has('现场照片（1/9）'))
  assert.deepEqual(device.fs.userFiles(), [])
  assertClean(mp)
})

test('a half-filled report survives the app being killed: its photo from USER_DATA_PATH, its words from storage', async () => {
  const device = createDevice()
  const first = await residentOn(device)
  first.answers.media.push({ files: [CAMERA_PHOTO] })
  const page = await reportPage(first)
  await page.tap('拍照/相册')
  await page.waitForText('已上传', { timeout: 8000 })
  await page.input(/^请描述问题/, '楼下的消防通道又被电动车堵上了')
  await page.waitForText('15/500')
  const saved = device.fs.userFiles()
  assert.equal(saved.length, 1)
  assert.ok(saved[0].startsWith(`${USER_DATA_PATH}/`))
  first.dispose()

  // killed: temp files are gone, storage and user files stay; a cold start on the same phone
  const again = await residentOn(device)
  const restored = await reportPage(again)
  await restored.waitForText(/^已恢复上次未提交的草稿/)
  assert.ok(restored.has('现场照片（1/9）'), restored.text())
  assert.ok(restored.lines().includes('[textarea 楼下的消防通道又被电动车堵上了]'), restored.text())
  assertClean(again)
})

test('a tap on a ticket’s photo opens WeChat’s viewer at it, among the ticket’s photos', async () => {
  const mp = await residentOn(createDevice())
  const page = await mp.open('/packages/resident/pages/ticket/index?id=t-0001')
  await page.waitForText('待受理')
  const photos = [...page.root().walk()].filter(
    (n) => n.tag === 'image' && /^现场照片 \d+$/.test(n.raw.ariaLabel ?? ''),
  )
  assert.equal(photos.length, 2, page.text())
  page.tap(photos[1])
  await page.settle()
  // (arrays of the mini-program's realm, copied into this one to compare)
  assert.deepEqual(
    mp.log.previews.map((urls) => [...urls]),
    [photos.map((n) => n.attrs.src)],
  )
  assertClean(mp)
})

test('check-in by scanning: the camera closed first keeps the page, then the site’s code checks her in', async () => {
  const mp = await residentOn(createDevice())
  const panel = await mp.open('/packages/dev/pages/panel/index')
  await panel.waitForText('社区环境清洁日')
  const code = (await panel.waitForText(/^HD[A-Z0-9]{6}$/)).near('社区环境清洁日', /^HD[A-Z0-9]{6}$/).text

  // the 小程序码 at the site opens the page with its scene
  const page = await mp.open('/packages/volunteer/pages/checkin/index?scene=act-cleanup-now')
  await page.waitForText('扫码签到')
  mp.answers.scan = 'cancel'
  await page.tap('扫码签到')
  assert.ok(page.has('扫不出来？手动输入签到码'))
  assert.ok(!page.has(/签到成功/))

  mp.answers.scan = code
  await page.tap('扫码签到')
  await page.waitForText('✓ 签到成功')
  assertClean(mp)
})

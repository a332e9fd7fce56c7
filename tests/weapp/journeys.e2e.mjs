/**
 * The main journeys tapped through the BUILT mock weapp, one person after another on one
 * device (shared WeChat storage, so the embedded backend keeps what the last person did):
 * a resident reports with a camera photo and finds it in 我的上报; the grid worker accepts and
 * dispatches it; a resident redeems a reward and opens the voucher; the merchant verifies it.
 * Taps and typing go through Taro's event path (the page's `eh`), answers come from a `wx`
 * that answers as WeChat does (lib/wechat.mjs).
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { assertBuilt, assertClean, createDevice, PEOPLE, startAs } from './lib/harness.mjs'
import { CAMERA_PHOTO, USER_DATA_PATH } from './lib/wechat.mjs'

const PHOTO_TARGET_BYTES = 500 * 1024
const DESCRIPTION = '创业路北段人行道上有人乱贴小广告，贴满了整面墙，很难看'

const device = createDevice()
let mp

before(assertBuilt)
after(() => mp?.dispose())

/** Hands the phone to the next person: a cold start logged in as them. */
async function handTo(userId) {
  mp?.dispose()
  mp = await startAs(userId, device)
  return mp
}

test('a resident reports with a camera photo, compressed and uploaded in-process, and sees it in 我的上报', async () => {
  await handTo(PEOPLE.resident)
  mp.answers.media.push({ files: [CAMERA_PHOTO] })
  const page = await mp.open('/pages/report/index')
  await page.waitForText('井盖缺失')

  page.tap('拍照/相册')
  await page.waitForText('已上传', { timeout: 8000 })
  assert.equal(page.find('现场照片（1/9）').tag, 'text')
  // compressed on the device: the long edge down to 1920, at most 500 KB, from a 3.2 MB photo
  const last = mp.log.compressions.at(-1)
  assert.ok(Math.max(last.width, last.height) <= 1920, JSON.stringify(last))
  assert.ok(last.bytes <= PHOTO_TARGET_BYTES, JSON.stringify(last))
  // the draft keeps its photo as a user file, so it survives the app being killed
  const drafts = mp.fs.userFiles()
  assert.equal(drafts.length, 1)
  assert.ok(drafts[0].startsWith(`${USER_DATA_PATH}/`))

  page.tap('使用当前位置')
  await page.waitForText('创业路社区 · 创业路社区第一网格')

  page.tap('市容环境')
  page.tap(await page.waitForText('乱贴小广告').then((p) => p.find('乱贴小广告')))
  page.input(/^请描述问题/, DESCRIPTION)
  await page.waitForText(`${DESCRIPTION.length}/500`)

  page.tap('提交上报')
  const ticket = await waitForPage('pages/ticket/index')
  await ticket.waitForText(DESCRIPTION)
  await ticket.waitForText('待受理')
  assert.ok(mp.log.toasts.includes('上报成功'))
  // submitted: the draft and its photo file are gone
  assert.deepEqual(mp.fs.userFiles(), [])
  // this build has no subscribe templates (WX_SUBSCRIBE_TEMPLATES): nothing is asked
  assert.deepEqual(mp.log.subscribeAsks, [])

  await mp.wx.switchTab({ url: '/pages/tickets/index' })
  const mine = await waitForPage('pages/tickets/index')
  await mine.waitForText(DESCRIPTION)
  assert.equal(mine.near(DESCRIPTION, '待受理').text, '待受理')
  assertClean(mp)
})

/** The page on top once it is `route`. */
async function waitForPage(route, timeout = 5000) {
  const deadline = Date.now() + timeout
  while (mp.page?.route !== route) {
    assert.ok(Date.now() < deadline, `still on ${mp.page?.route}, expected ${route}\n${mp.page?.text()}`)
    await new Promise((r) => setTimeout(r, 20))
  }
  return mp.page
}

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

  await page.tap('拍照/相册')
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

  await page.tap('使用当前位置')
  await page.waitForText('创业路社区 · 创业路社区第一网格')

  await page.tap('市容环境')
  await page.tap(await page.waitForText('乱贴小广告').then((p) => p.find('乱贴小广告')))
  await page.input(/^请描述问题/, DESCRIPTION)
  await page.waitForText(`${DESCRIPTION.length}/500`)

  await page.tap('提交上报')
  const ticket = await waitForPage('packages/resident/pages/ticket/index')
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
async function waitForPage(route, timeout = 10_000) {
  const deadline = Date.now() + timeout
  while (mp.page?.route !== route) {
    assert.ok(Date.now() < deadline, `still on ${mp.page?.route}, expected ${route}\n${mp.page?.text()}`)
    await new Promise((r) => setTimeout(r, 20))
  }
  return mp.page
}

test('the grid worker finds it in the workbench, accepts it and dispatches it to the department', async () => {
  await handTo(PEOPLE.gridWorker)
  const queue = await mp.open('/packages/workbench/pages/queue/index')
  await queue.waitForText(DESCRIPTION)
  await queue.tap(DESCRIPTION)
  const ticket = await waitForPage('packages/workbench/pages/ticket/index')
  await ticket.waitForText('受理')
  assert.ok(ticket.has('待受理'))

  await ticket.tap(ticket.button('受理'))
  // (the stepper always shows 派单: wait for the new status, not for that word)
  await ticket.waitForText('已受理')
  assert.ok(mp.log.toasts.includes('已受理'))
  assert.ok(ticket.button('派单'))

  await ticket.tap(ticket.button('派单'))
  await ticket.waitForText('派单到职能部门')
  await ticket.input(/^给承办部门的说明/, '北段东侧整面墙，请带清洗工具')
  await ticket.tap('确认派单')
  await ticket.waitForText('已派单')
  assert.ok(
    mp.log.toasts.some((t) => /^已派给/.test(t)),
    mp.log.toasts.join(', '),
  )
  await ticket.waitForText(/正在办理，办结后居民会收到通知。$/)
  assertClean(mp)
})

test('the resident sees the dispatch in 我的上报 and in her messages', async () => {
  await handTo(PEOPLE.resident)
  const mine = await mp.open('/pages/tickets/index')
  await mine.waitForText(DESCRIPTION)
  assert.equal(mine.near(DESCRIPTION, /^已派单$/).text, '已派单')
  const messages = await mp.open('/pages/messages/index')
  await messages.waitForText(/^您上报的「乱贴小广告」已派给/)
  assertClean(mp)
})

let voucherCode

test('a resident redeems 烩面一碗 in the mall, confirms, and opens the voucher with its QR code', async () => {
  await handTo(PEOPLE.resident)
  const mall = await mp.open('/packages/points/pages/mall/index')
  await mall.waitForText('烩面一碗')
  const balance = Number(/^(\d+) 分$/.exec(mall.near('我的积分', /^\d+ 分$/).text)[1])

  await mall.tap(mall.near('烩面一碗', '兑换'))
  // the app's own dialog, drawn inside the page (it follows 长辈模式, WeChat's modal cannot)
  await mall.waitForText('兑换「烩面一碗」')
  await mall.waitForText(new RegExp(`兑换后剩余 ${balance - 20} 分`))
  await mall.tap('确认兑换')
  const voucher = await waitForPage('packages/points/pages/voucher/index')
  await voucher.waitForText('待使用')
  assert.ok(voucher.has('烩面一碗'))
  voucherCode = voucher.find(/^\d{4} \d{4} \d{4}$/).text.replace(/\s/g, '')

  const account = await mp.open('/packages/points/pages/account/index')
  await account.waitForText(String(balance - 20))
  await account.waitForText('兑换「烩面一碗」')
  assertClean(mp)
})

test('the merchant scans the voucher and verifies it, once', async () => {
  assert.ok(voucherCode, 'no voucher from the redeem journey')
  await handTo(PEOPLE.merchant)
  const verify = await mp.open('/packages/points/pages/verify/index')
  await verify.waitForText('扫码核销')
  mp.answers.scan = voucherCode
  await verify.tap('扫码核销')
  // looked up first: what, whose, until when; nothing used yet
  await verify.waitForText('确认核销')
  assert.ok(verify.has('烩面一碗'))
  assert.ok(verify.has('王**'))
  await verify.tap('确认核销')
  await verify.waitForText('✓ 核销成功')
  assert.ok(verify.has(voucherCode.replace(/(\d{4})(?=\d)/g, '$1 ')))

  // the same voucher a second time: the preview says so, in words the merchant can act on
  await verify.tap('继续核销下一张')
  await verify.waitForText('扫码核销')
  await verify.tap('扫码核销')
  await verify.waitForText(/^这张券已于 .+ 核销过了，不能再次核销$/)
  assertClean(mp)
})

test('back on her phone, the voucher shows 已使用', async () => {
  await handTo(PEOPLE.resident)
  const vouchers = await mp.open('/packages/points/pages/vouchers/index')
  await vouchers.waitForText('烩面一碗')
  await vouchers.tap(vouchers.findAll('烩面一碗')[0])
  const voucher = await waitForPage('packages/points/pages/voucher/index')
  await voucher.waitForText('已使用')
  assertClean(mp)
})

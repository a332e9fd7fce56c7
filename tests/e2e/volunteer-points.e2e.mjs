/**
 * Volunteer and points in Chromium on the H5 mock build, as 王秀兰 and 老刘烩面馆's owner would
 * do it: sign up for 垃圾分类指导, check in and out with the activity's code (read off the
 * developer panel, typed as on H5), the mock clock moved between; see the 20 points and their
 * ledger line; redeem 烩面一碗 and see its QR voucher; the merchant redeems that voucher; it shows
 * 已使用 to her; cancelling her unused 理发券 refunds its 30 points.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { appOn } from './lib/app.mjs'
import { browserPerFile, screenshot } from './lib/browser.mjs'

let browser
let page
let app
let voucherUrl

browserPerFile((b, p) => {
  browser = b
  page = p
  app = appOn(p)
})

const visible = (text, exact) => app.visible(text, exact)
const go = (path) => app.go(path)
const dev = (path, body) => app.dev(path, body)
const confirmModal = (text) => app.confirmModal(text)
const switchTo = (name) => app.switchTo(name)

/** Moves the mock clock to `minutes` after an ISO moment. */
async function clockTo(iso, minutes) {
  const { now } = await dev('/dev/clock')
  const advanceMinutes = Math.ceil((Date.parse(iso) - Date.parse(now)) / 60_000 + minutes)
  assert.ok(advanceMinutes > 0, `the clock only moves forward (${advanceMinutes} min)`)
  await dev('/dev/clock', { advanceMinutes })
}

async function typeCode(code, confirm) {
  await page.locator('.code-entry input').filter({ visible: true }).first().fill(code)
  await visible(confirm).click()
}

test('a resident signs up for an activity from 首页', async () => {
  await go('/')
  await visible('志愿活动').click()
  await visible('垃圾分类指导').click()
  await visible('剩余 14 个（共 20 人）').waitFor()
  await visible('报名参加').click()
  await visible('剩余 13 个（共 20 人）').waitFor()
  await visible('取消报名').waitFor()
  await screenshot(page, 'volunteer-signed-up')
  browser.assertNoErrors()
})

let code
test('the developer panel shows the activity’s code', async () => {
  await go('/packages/dev/pages/panel/index')
  const row = page.locator('.dev-code').filter({ hasText: '垃圾分类指导' }).first()
  code = (await row.locator('.dev-code__code').textContent())?.trim()
  assert.match(code ?? '', /^HD[A-Z0-9]{6}$/)
})

test('checks in and out with the code; 20 points, capped at the activity’s 2.5 hours', async () => {
  const activity = (await dev('/dev/activity-codes')).items.find((a) => a.activityId === 'act-sorting')
  await clockTo(activity.startAt, -30)
  await go('/packages/volunteer/pages/detail/index?id=act-sorting')
  await visible('签到').click()
  await typeCode(code, '确认签到')
  await visible('✓ 签到成功').waitFor()

  await clockTo(activity.endAt, 30)
  await go('/packages/volunteer/pages/detail/index?id=act-sorting')
  await visible('签退').click()
  await typeCode(code.toLowerCase(), '确认签退')
  await visible('服务 2 小时 30 分钟，获得 20 积分').waitFor()
  await screenshot(page, 'volunteer-checked-out')

  await visible('查看我的积分').click()
  await page.getByLabel('积分余额 140 分').first().waitFor()
  const first = page.locator('.ledger-row').first()
  assert.equal(await first.locator('.ledger-row__amount').textContent(), '+20')
  assert.match((await first.textContent()) ?? '', /参加「垃圾分类指导」服务 2 小时 30 分钟.*余额 140/)
  await screenshot(page, 'points-ledger')
  browser.assertNoErrors()
})

test('redeems a reward after confirming, and sees the voucher’s QR code', async () => {
  await go('/packages/points/pages/mall/index')
  await visible('140 分').waitFor()
  const noodles = page.locator('.reward-card').filter({ hasText: '烩面一碗' }).first()
  await noodles.getByText('兑换', { exact: true }).click()
  await confirmModal('需要 20 分，兑换后剩余 120 分。兑换后 30 天内到老刘烩面馆出示券码使用。')
  await page.locator('.qr-code').first().waitFor()
  await visible('待使用').waitFor()
  voucherUrl = page.url()
  const qr = page.locator('.qr-code').first()
  const box = await qr.boundingBox()
  assert.ok(
    box && box.width > 200 && Math.abs(box.width - box.height) < 2,
    `QR is large and square: ${JSON.stringify(box)}`,
  )
  assert.ok((await qr.locator('.qr-code__run--dark').count()) > 50, 'the QR code has dark modules')
  await page.waitForTimeout(500) // the H5 page transition
  await screenshot(page, 'points-voucher')
  browser.assertNoErrors()
})

test('the merchant redeems that voucher by its code, once', async () => {
  const voucherCode = ((await page.locator('.voucher__code').first().textContent()) ?? '').replace(/\s/g, '')
  assert.match(voucherCode, /^\d{12}$/)
  await switchTo('刘德福')
  await go('/packages/points/pages/verify/index')
  await visible('核销兑换券 · 老刘烩面馆').waitFor()
  await typeCode(voucherCode, '查看这张券')
  await visible('王**').waitFor()
  await visible('确认核销').click()
  await visible('✓ 核销成功').waitFor()
  await screenshot(page, 'merchant-verified')
  await visible('继续核销下一张').click()
  await typeCode(voucherCode, '查看这张券')
  await visible('核销过了，不能再次核销', false).waitFor()
  browser.assertNoErrors()
})

test('back as the resident, the voucher shows 已使用; cancelling another refunds it', async () => {
  await switchTo('王秀兰')
  await page.goto(voucherUrl)
  await visible('已使用').waitFor()
  assert.equal(await page.locator('.qr-code').count(), 0, 'a used voucher shows no QR code')

  await go('/packages/points/pages/vouchers/index')
  await visible('理发券').click()
  await visible('取消兑换，退回积分').click()
  // paid with her oldest points: the dialog says they come back with their near expiry
  await confirmModal('取消后券码作废，30 分退回您的积分账户。注意：其中 30 分是较早获得的积分')
  await visible('30 分（已退回）').waitFor()
  await screenshot(page, 'points-voucher-cancelled')

  await go('/packages/points/pages/account/index')
  await page.getByLabel('积分余额 150 分').first().waitFor()
  const first = page.locator('.ledger-row').first()
  assert.equal(await first.locator('.ledger-row__amount').textContent(), '+30')
  assert.match((await first.textContent()) ?? '', /积分退回/)
  browser.assertNoErrors()
})

/**
 * The merchant's counter and the 候补 line in Chromium on the H5 mock build. 老刘烩面馆's owner
 * (刘德福) puts a new reward in the mall and 王秀兰 redeems it there; at the counter a voucher is
 * looked up (reward, 王**, expiry, status) and 确认核销 is tapped twice within one frame: one
 * request, one 核销, 核销成功; another is confirmed while its answer is lost (the mock's
 * lost_answer fault): the retry shows 核销成功, not "already used"; the records, the totals and
 * the monthly 对账单 add up. Then 王秀兰 queues for the full 社区图书角整理, 张建国 cancels, and
 * she is signed up and told so in 消息.
 *
 * Each test sets its own scene through the mock's API (dev:<userId> logins): the counter tests
 * get their own reward and vouchers, so any one of them can run alone.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { appPerFile } from './lib/app.mjs'
import { screenshot } from './lib/browser.mjs'

const MERCHANT = 'u-merchant-1'
const RESIDENT = 'u-resident-1'
// the lost answer is a dropped request on purpose; each page loads its subpackage
const on = appPerFile({ ignoreErrors: [/Failed to fetch|ERR_FAILED|net::/], stepTimeout: 30_000 })

/** The first load installs the mock's service worker; the mock answers once it controls the page. */
async function ready() {
  if (
    await on.page.evaluate(() => Boolean(globalThis.navigator.serviceWorker?.controller)).catch(() => false)
  )
    return
  await on.app.go('/')
  await on.page.waitForFunction(() => Boolean(globalThis.navigator.serviceWorker?.controller), null, {
    timeout: 60_000,
  })
}

/** One of 老刘烩面馆's rewards by title, put in the mall through the API the first time. */
async function shopReward(title, cost) {
  const mine = await on.app.apiAs(MERCHANT, 'GET', '/merchant/rewards?limit=50')
  const found = mine.items.find((r) => r.title === title)
  if (found) return found
  return on.app.apiAs(MERCHANT, 'POST', '/merchant/rewards', {
    title,
    description: '早上供应，堂食',
    picture: 'soup',
    cost,
    stock: 50,
    perPersonLimit: 10,
    validDays: 30,
  })
}

/** A voucher 王秀兰 holds for one piece of `title` (redeemed through the API); its 12-digit code. */
async function voucherFor(title, cost = 10) {
  const reward = await shopReward(title, cost)
  const voucher = await on.app.apiAs(RESIDENT, 'POST', '/redemptions', { rewardId: reward.id, quantity: 1 })
  assert.match(voucher.code, /^\d{12}$/)
  return voucher.code
}

/** 核销兑换券 as 刘德福, with `code` typed and looked up: the preview is on screen. */
async function lookUpAtCounter(code) {
  await on.app.switchTo('刘德福')
  await on.app.go('/packages/points/pages/verify/index')
  await on.app.visible('核销兑换券 · 老刘烩面馆').waitFor()
  await on.app.fillTaro(on.page.locator('.code-entry input').filter({ visible: true }).first(), code)
  await on.app.visible('查看这张券').click()
  await on.app.visible('确认核销').waitFor()
}

test('the merchant puts a new reward in the mall, and a resident redeems it there', async () => {
  await ready()
  await on.app.switchTo('刘德福')
  await on.app.go('/packages/points/pages/merchant/index')
  await on.app.visible('本店礼品（上架、补货）').click()
  await on.app.visible('烩面一碗').waitFor()
  await on.app.visible('上架新礼品').click()
  const field = (label) => on.page.getByLabel(label, { exact: true }).filter({ visible: true }).first()
  await on.app.fillTaro(field('礼品名称'), '胡辣汤一碗')
  await on.app.fillTaro(field('说明'), '早上 6 点到 10 点供应，堂食')
  await on.page.getByRole('radio', { name: '汤羹' }).first().click()
  await on.app.fillTaro(field('所需积分'), '10')
  await on.app.fillTaro(field('库存'), '20')
  await on.app.fillTaro(field('每人限兑'), '2')
  await screenshot(on.page, 'merchant-reward-new')
  await on.app.visible('上架').click()
  await on.app.visible('胡辣汤一碗').waitFor()
  await on.app.visible('库存 20 份').waitFor()
  await screenshot(on.page, 'merchant-rewards')

  // 王秀兰 finds it in the mall and redeems it: her voucher has a code
  await on.app.switchTo('王秀兰')
  await on.app.go('/packages/points/pages/mall/index')
  const card = on.page.locator('.reward-card').filter({ hasText: '胡辣汤一碗' }).first()
  await card.waitFor()
  await card.getByText('兑换', { exact: true }).click()
  await on.app.confirmModal('需要 10 分')
  const code = on.page.locator('.voucher__code').first()
  await code.waitFor()
  assert.match(((await code.textContent()) ?? '').replace(/\s/g, ''), /^\d{12}$/)
  on.browser.assertNoErrors()
})

test('at the counter: preview, then a double tap on 确认核销 is one 核销 and 核销成功', async () => {
  await ready()
  await lookUpAtCounter(await voucherFor('羊肉烩面一碗'))
  await on.app.visible('羊肉烩面一碗').waitFor()
  await on.app.visible('王**').waitFor()
  await on.app.visible('待使用').waitFor()
  await on.app.visible('有效期至').waitFor()
  await screenshot(on.page, 'merchant-preview')

  const verifies = []
  const count = (req) => req.url().includes('/redemptions/verify') && verifies.push(req.url())
  on.page.on('request', count)
  // two taps within one frame, before React can disable the button
  await on.page.evaluate(() => {
    const button = [...document.querySelectorAll('.taro-button-core, button')].find(
      (b) => b.textContent?.trim() === '确认核销' && b.getClientRects().length > 0,
    )
    button.click()
    button.click()
  })
  await on.app.visible('✓ 核销成功').waitFor()
  await on.page.waitForTimeout(300)
  on.page.off('request', count)
  assert.equal(verifies.length, 1, `one request: ${verifies.length}`)
  assert.equal(await on.page.getByText('核销过了', { exact: false }).count(), 0)
  await screenshot(on.page, 'merchant-verified-once')
  on.browser.assertNoErrors()
})

test('a 核销 whose answer is lost shows 核销成功 after the retry, never "already used"', async () => {
  await ready()
  const before = await on.app.apiAs(MERCHANT, 'GET', '/merchant/totals')
  await lookUpAtCounter(await voucherFor('羊肉烩面一碗'))
  const keys = []
  const lost = []
  const isVerify = (req) => req.url().includes('/redemptions/verify')
  const sent = (req) => isVerify(req) && keys.push(req.headers()['idempotency-key'])
  const failed = (req) => isVerify(req) && lost.push(req.failure()?.errorText)
  on.page.on('request', sent)
  on.page.on('requestfailed', failed)
  await on.app.dev('/dev/faults', { kind: 'lost_answer', count: 1 })
  await on.app.visible('确认核销').click()
  await on.app.visible('✓ 核销成功').waitFor()
  on.page.off('request', sent)
  on.page.off('requestfailed', failed)
  assert.equal(lost.length, 1, 'the first answer was lost on its way back')
  assert.ok(keys.length >= 2, `asked again after the lost answer (${keys.length} requests)`)
  assert.equal(new Set(keys).size, 1, 'the retry carries the same Idempotency-Key')
  assert.equal(await on.page.getByText('核销过了', { exact: false }).count(), 0)
  const after = await on.app.apiAs(MERCHANT, 'GET', '/merchant/totals')
  assert.equal(after.today.vouchers, before.today.vouchers + 1, 'one 核销, not two')
})

test('the records by day, the totals and the monthly statement add up', async () => {
  await ready()
  const before = await on.app.apiAs(MERCHANT, 'GET', '/merchant/totals')
  const codes = [await voucherFor('豆腐脑一碗', 5), await voucherFor('豆腐脑一碗', 5)]
  for (const code of codes) await on.app.apiAs(MERCHANT, 'POST', '/redemptions/verify', { code })
  const today = { vouchers: before.today.vouchers + 2, points: before.today.points + 10 }

  await on.app.switchTo('刘德福')
  await on.app.go('/packages/points/pages/shop-books/index')
  const cell = on.page.locator('.shop-totals__cell').first()
  await cell.getByText(`${today.vouchers} 张`).waitFor()
  assert.equal(
    ((await cell.textContent()) ?? '').replace(/\s/g, ''),
    `今天${today.vouchers}张${today.points}积分`,
  )
  const day = on.page.locator('.books-day').first()
  await day.getByText(`${today.vouchers} 张 · ${today.points} 积分`).waitFor()
  assert.equal(await day.locator('.books-line').count(), today.vouchers)
  const lines = ((await day.textContent()) ?? '').replace(/\s/g, '')
  for (const code of codes) assert.ok(lines.includes(code), `today's records list ${code}`)
  await screenshot(on.page, 'merchant-books')

  await on.app.visible('月度对账单').click()
  const line = on.page.locator('.statement__line').filter({ hasText: '豆腐脑一碗（5 分/份）' }).first()
  await line.getByText('2 份 · 10 分').waitFor()
  await screenshot(on.page, 'merchant-statement')
  on.browser.assertNoErrors()
})

test('a waitlisted resident is signed up when someone cancels, and told so', async () => {
  await ready()
  await on.app.switchTo('王秀兰')
  await on.app.go('/packages/volunteer/pages/detail/index?id=act-library')
  await on.app.visible('名额已满').waitFor()
  await on.app.visible('候补').click()
  await on.app.visible('您在候补第 1 位，有人取消就轮到您').waitFor()
  await screenshot(on.page, 'volunteer-waitlisted')

  await on.app.switchTo('张建国')
  await on.app.go('/packages/volunteer/pages/detail/index?id=act-library')
  await on.app.visible('取消报名').click()
  await on.app.confirmModal('取消后名额会自动让给候补的第一位')
  await on.app.visible('报名参加', false).or(on.app.visible('候补')).first().waitFor()

  await on.app.switchTo('王秀兰')
  await on.app.go('/pages/messages/index')
  await on.app.visible('候补成功，已为您报名').waitFor()
  await on.app.go('/packages/volunteer/pages/detail/index?id=act-library')
  await on.app.visible('取消报名').waitFor()
  await screenshot(on.page, 'volunteer-promoted')
  on.browser.assertNoErrors()
})

/**
 * 消息 beyond tickets in Chromium on the H5 mock build: 王秀兰 redeems a 烩面 and the clock moves
 * to the day before 文明交通劝导; her 消息 shows 积分已使用 and 活动明天开始 (the tab's badge
 * counting them), in normal and 长辈模式, and each opens what it is about. 赵磊, the grid worker,
 * taps the urge she sent and lands on the ticket's handling page in his workbench.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { appPerFile } from './lib/app.mjs'
import { screenshot } from './lib/browser.mjs'

// as 赵磊, 我的 and 首页 ask for points, activities and vouchers, which the server refuses
const on = appPerFile({
  ignoreErrors: [/status of 403 .*\/api\/v1\/(points\/account|me\/activities|redemptions)\b/],
})

const visible = (text, exact) => on.app.visible(text, exact)
const message = (title) => on.page.locator('.message').filter({ hasText: title, visible: true }).first()

let voucherId

test('积分已使用 and 活动明天开始 arrive in 消息, the badge counting them', async () => {
  await on.app.go('/')
  await visible('王秀兰，您好！', false).waitFor()
  voucherId = (
    await on.app.apiAs('u-resident-1', 'POST', '/redemptions', { rewardId: 'rw-huimian', quantity: 1 })
  ).id
  const traffic = await on.app.apiAs('u-resident-1', 'GET', '/activities/act-traffic')
  const { now } = await on.app.dev('/dev/clock')
  const advanceMinutes = Math.ceil((Date.parse(traffic.startAt) - Date.parse(now)) / 60_000 - 24 * 60 + 10)
  await on.app.dev('/dev/clock', { advanceMinutes })

  await on.app.go('/pages/messages/index')
  await message('积分已使用').waitFor()
  await message('活动明天开始').waitFor()
  assert.match(
    await message('活动明天开始').textContent(),
    /您报名的「文明交通劝导」明天 07:30 开始/,
    'the reminder says which activity and when',
  )
  const count = Number(/\d+/.exec(await visible(/^\d+ 条未读$/).textContent())[0])
  const tabBadge = on.page.locator('.taro-tabbar-badge').filter({ visible: true }).first()
  await on.page.waitForFunction(
    (n) => [...document.querySelectorAll('.taro-tabbar-badge')].some((b) => b.textContent === String(n)),
    count,
  )
  assert.equal(await tabBadge.textContent(), String(count))
  await screenshot(on.page, 'messages-beyond-tickets')
  on.browser.assertNoErrors()
})

test('in 长辈模式 too; each message opens what it is about', async () => {
  await on.app.go('/pages/me/index')
  await on.page.getByLabel('长辈模式').filter({ visible: true }).first().click()
  await on.page.waitForFunction(() => document.querySelector('.page--elder') !== null)
  await on.app.go('/pages/messages/index')
  await message('活动明天开始').waitFor()
  assert.ok(await on.page.locator('.page--elder').filter({ visible: true }).count(), '消息 is in 长辈模式')
  await screenshot(on.page, 'messages-beyond-tickets-elder')

  await message('活动明天开始').click()
  await on.page.waitForURL(/\/packages\/volunteer\/pages\/detail\/index\?id=act-traffic/)
  await visible('文明交通劝导').waitFor()

  await on.app.go('/pages/messages/index')
  await message('积分已使用').click()
  await on.page.waitForURL(new RegExp(`/packages/points/pages/voucher/index\\?id=${voucherId}`))
  await visible('烩面一碗', false).waitFor()

  await on.page.evaluate(() => localStorage.setItem('ssp:elder-mode', JSON.stringify({ data: 'false' })))
  on.browser.assertNoErrors()
})

test('a grid worker’s ticket message opens the handling page in the workbench', async () => {
  await on.app.apiAs('u-resident-1', 'POST', '/tickets/t-0004/urge')
  await on.app.switchTo('赵磊')
  await on.app.go('/pages/messages/index')
  await message('居民催办').click()
  await on.page.waitForURL(/\/packages\/workbench\/pages\/ticket\/index\?id=t-0004/)
  await visible(/^居民已催办 \d+ 次/).waitFor()
  await screenshot(on.page, 'messages-grid-worker-ticket')
  on.browser.assertNoErrors()
})

/**
 * Calling the reporter, in Chromium on the H5 mock build. 张建国 reported the loose manhole at
 * 西里路与建设西路 with his number. 孙丽, that grid's worker, sees the number in full and
 * 打电话给上报人 asks the phone to call it (Taro's H5 makePhoneCall, like the app, opens
 * tel:<number>; the test catches that request instead of a dialer). Everyone else sees it masked
 * (张建国 himself: 139****5566) or not at all (another grid's worker, a neighbour).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { appPerFile } from './lib/app.mjs'
import { screenshot } from './lib/browser.mjs'

const PHONE = '13937125566'
const MASKED = '139****5566'
let ticketId

// another grid's worker is refused that ticket on purpose; each page loads its subpackage
const on = appPerFile({ ignoreErrors: [/status of 403/], stepTimeout: 30_000 })

/** Everything the page shows as text, spaces removed. */
const pageText = async () => ((await on.page.locator('body').textContent()) ?? '').replace(/\s/g, '')

/** The manhole ticket's id, from 孙丽's queue (the first load installs the mock's worker). */
async function findTicket() {
  if (ticketId) return
  await on.app.go('/')
  await on.page.waitForFunction(() => Boolean(globalThis.navigator.serviceWorker?.controller), null, {
    timeout: 60_000,
  })
  const queue = await on.app.apiAs('u-grid-2', 'GET', '/workbench/tickets?filter=all&limit=50')
  ticketId = queue.items.find((t) => t.excerpt.startsWith('西里路与建设西路交叉口的井盖'))?.id
  assert.ok(ticketId, 'the manhole ticket is in 孙丽’s queue')
}

// the masked views come first: after the tel: request Chromium loads the next page outside the
// mock's service worker, so the call is the last step of the file
test('the reporter sees his own number masked; a neighbour and another grid’s worker not at all', async () => {
  await findTicket()
  await on.app.switchTo('张建国')
  await on.app.go(`/packages/resident/pages/ticket/index?id=${ticketId}`)
  await on.app.visible(MASKED, false).waitFor()
  assert.ok(!(await pageText()).includes(PHONE))

  await on.app.switchTo('王秀兰')
  await on.app.go(`/packages/resident/pages/ticket/index?id=${ticketId}`)
  await on.app.visible('西里路与建设西路交叉口的井盖', false).waitFor()
  const seen = await pageText()
  assert.ok(!seen.includes(PHONE) && !seen.includes(MASKED), 'a neighbour sees no number')

  await assert.rejects(
    on.app.apiAs('u-grid-1', 'GET', `/workbench/tickets/${ticketId}`),
    /→ 403/,
    '赵磊 does not get another grid’s ticket',
  )
  await on.app.switchTo('赵磊')
  await on.app.go(`/packages/workbench/pages/ticket/index?id=${ticketId}`)
  await on.page.waitForTimeout(1500)
  const refused = await pageText()
  assert.ok(!refused.includes(PHONE), 'another grid’s worker sees no number')
  assert.equal(await on.page.getByText('打电话给上报人').count(), 0)
  await screenshot(on.page, 'handle-call-other-grid')
})

test('孙丽 sees the reporter’s number in full and one tap calls it', async () => {
  await findTicket()
  await on.app.switchTo('孙丽')
  await on.app.go(`/packages/workbench/pages/ticket/index?id=${ticketId}`)
  await on.app.visible(PHONE).waitFor()
  const calls = []
  const dialed = (req) => req.url().startsWith('tel:') && calls.push(req.url())
  on.page.on('request', dialed)
  const call = on.page.locator('.reporter-phone__call').filter({ visible: true }).first()
  assert.equal(await call.getAttribute('aria-label'), `打电话给上报人 ${PHONE.split('').join(' ')}`)
  await call.click()
  await on.page.waitForTimeout(500)
  on.page.off('request', dialed)
  assert.deepEqual(calls, [`tel:${PHONE}`])
  // the page stays where it was
  assert.match(on.page.url(), /\/packages\/workbench\/pages\/ticket\/index\?id=/)
  await screenshot(on.page, 'handle-call')
  on.browser.assertNoErrors()
})

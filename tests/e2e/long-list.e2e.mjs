/**
 * 我的上报 with a long history in Chromium: 王秀兰 scrolls with the mouse wheel, as a person
 * flicks, from the top to 没有更多了 (every page loaded by reaching the bottom) and back. The
 * page keeps under 1,000 DOM nodes in every frame on the way, shows cards wherever she stops,
 * and the first card again at the top.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { browserPerFile, screenshot } from './lib/browser.mjs'
import { watchNodes } from './lib/dom-nodes.mjs'

/** More than enough to pass 1,000 nodes many times over were every card rendered (some 35 each). */
const ADDED = 400
const MAX_NODES = 1000
let browser
let page

browserPerFile((b, p) => {
  browser = b
  page = p
})

const state = () =>
  page.evaluate(() => ({
    maxNodes: window.__maxNodes,
    nodes: document.getElementsByTagName('*').length,
    cards: [...document.querySelectorAll('.ticket-card')].filter((c) => c.getClientRects().length).length,
    atEnd: [...document.querySelectorAll('.list-footer__text')].some(
      (e) => e.textContent === '没有更多了' && e.getClientRects().length,
    ),
  }))

/** Cards that are on screen now. */
const cardsOnScreen = () =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.ticket-card')].filter((c) => {
        const r = c.getBoundingClientRect()
        return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight
      }).length,
  )

test('我的上报 scrolled from the top to 没有更多了 and back stays under 1,000 DOM nodes', async () => {
  await page.goto(new URL('/pages/tickets/index', process.env.E2E_BASE_URL).href)
  await page.locator('.ticket-card').first().waitFor({ timeout: 60_000 })
  // the developer panel's door (X-Dev: 1): tickets for her, in one go
  const added = await page.evaluate(async (count) => {
    const headers = { 'content-type': 'application/json', 'x-dev': '1' }
    const body = JSON.stringify({ count })
    const res = await fetch('/api/v1/dev/seed-tickets', { method: 'POST', headers, body })
    return res.json()
  }, ADDED)
  assert.deepEqual(added, { created: ADDED })
  await page.addInitScript(watchNodes)
  await page.reload()
  await page.locator('.ticket-card').first().waitFor({ timeout: 60_000 })
  await page.mouse.move(195, 500)

  let flicks = 0
  for (let s = await state(); !s.atEnd; s = await state()) {
    assert.ok(++flicks < 600, `没有更多了 never came (${s.cards} cards, ${s.nodes} nodes)`)
    await page.mouse.wheel(0, 1200)
    await page.waitForTimeout(100)
    if (flicks % 25 === 0) assert.ok((await cardsOnScreen()) > 0, 'cards where she stopped')
  }
  const end = await state()
  await screenshot(page, 'long-list-end')
  assert.ok(end.maxNodes < MAX_NODES, `at most ${end.maxNodes} nodes in a frame on the way down`)
  assert.ok((await cardsOnScreen()) > 0, 'the last cards are on screen')

  for (let i = 0; i < 400 && (await page.locator('.taro_page_show').evaluate((e) => e.scrollTop)) > 0; i++) {
    await page.mouse.wheel(0, -4000)
    await page.waitForTimeout(30)
  }
  await page.waitForTimeout(500)
  const top = await state()
  assert.ok(top.maxNodes < MAX_NODES, `at most ${top.maxNodes} nodes in a frame on the way back up`)
  assert.ok((await cardsOnScreen()) > 0, 'the first cards are on screen again')
  browser.assertNoErrors()
})

/**
 * 问题地图 (附近的问题, H5) with 1,000 extra tickets seeded across the service area: the map is
 * opened, zoomed out until every community is in view, and timed from the tap on 缩小地图 to the
 * frame in which the markers for all of them are painted (fetch, clustering and drawing); the
 * nodes the map creates then; and a pan (a mouse drag of 40 steps) sampled frame by frame.
 * Median of `runs` fresh tabs.
 */
import { launchBrowser } from '../../tests/e2e/lib/browser.mjs'
import { log, median } from './util.mjs'

export const TARGETS = { drawMs: 1000, nodes: 400, frameMs: 16.7 }
const PATH = '/pages/board/index'
const EXTRA = 1000

/** The number in 这片地图上有 N 个问题, or 0. */
const pinsInView = (page) =>
  page.evaluate(() =>
    Number(/有 (\d+) 个问题/.exec(document.querySelector('.map-hint')?.textContent ?? '')?.[1] ?? 0),
  )

async function oneRun(browser, baseUrl, expected) {
  const page = await browser.newPage()
  await page.goto(new URL(PATH, baseUrl).href)
  await page.locator('.smap__marker, .smap__cluster').first().waitFor({ timeout: 20_000 })
  const zoomOut = page.getByRole('button', { name: '缩小地图' })
  // one tap out first (not timed) so the timed tap is the one that brings every community in
  await zoomOut.click()
  await page.waitForTimeout(300)
  await page.evaluate(() => {
    window.__benchTap = window.performance.now()
  })
  await zoomOut.click()
  await page.waitForFunction(
    (n) => {
      const m = /有 (\d+) 个问题/.exec(document.querySelector('.map-hint')?.textContent ?? '')
      return m && Number(m[1]) >= n
    },
    expected,
    { timeout: 20_000 },
  )
  const drawMs = await page.evaluate(
    () =>
      new Promise((r) =>
        window.requestAnimationFrame(() =>
          window.requestAnimationFrame(() => r(window.performance.now() - window.__benchTap)),
        ),
      ),
  )
  const inView = await pinsInView(page)
  const nodes = await page.evaluate(() => ({
    map: document.querySelectorAll('.smap *').length,
    buttons: document.querySelectorAll('.smap__marker, .smap__cluster').length,
    page: document.getElementsByTagName('*').length,
  }))

  // pan: every frame's interval while the mouse drags the map
  const box = await page.locator('.smap__box').boundingBox()
  await page.evaluate(() => {
    window.__benchFrames = []
    let last = window.performance.now()
    const tick = (t) => {
      window.__benchFrames.push(t - last)
      last = t
      if (window.__benchFrames.length < 400) window.__benchRaf = window.requestAnimationFrame(tick)
    }
    window.__benchRaf = window.requestAnimationFrame(tick)
  })
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x - 150, y + 100, { steps: 40 })
  const frames = await page.evaluate(() => {
    window.cancelAnimationFrame(window.__benchRaf)
    return window.__benchFrames.slice(1)
  })
  await page.mouse.up()
  await page.close()
  return { drawMs, inView, nodes, frames }
}

export async function measureMap({ baseUrl, mock, runs }) {
  await mock.reset()
  await mock.seedTickets(EXTRA)
  const browser = await launchBrowser()
  const all = []
  try {
    for (let i = 0; i < runs; i++) {
      const r = await oneRun(browser, baseUrl, EXTRA)
      log(
        `map run ${i + 1}/${runs}: ${Math.round(r.drawMs)} ms, ${r.inView} in view, ${r.nodes.map} map nodes`,
      )
      all.push(r)
    }
  } finally {
    await browser.close()
  }
  const frames = all.flatMap((r) => r.frames).sort((a, b) => a - b)
  const p95 = frames[Math.min(frames.length - 1, Math.floor(frames.length * 0.95))] ?? 0
  const result = {
    runs: all.length,
    inView: Math.min(...all.map((r) => r.inView)),
    drawMs: median(all.map((r) => r.drawMs)),
    nodes: all[all.length - 1].nodes,
    pan: {
      frames: frames.length,
      medianMs: median(frames),
      p95Ms: p95,
      maxMs: frames[frames.length - 1] ?? 0,
    },
  }
  result.ok = {
    drawMs: result.drawMs <= TARGETS.drawMs,
    nodes: result.nodes.map < TARGETS.nodes,
    // frames arrive on the display's 60 Hz beat: a slow frame shows as a doubled interval
    frame: result.pan.p95Ms <= TARGETS.frameMs * 1.5,
  }
  return result
}

/**
 * 我的上报 (/pages/tickets/index) with a small and a large history: DOM nodes once the list has
 * painted, and the time from navigation to the first painted ticket card. One Chromium (fresh
 * profile) opens the page again and again in a new tab: the HTTP cache is warm after the
 * warm-up, the login is not (storage is cleared after each run), so what changes between runs
 * is the data. Before each run the mock is reset to exactly that many tickets for the resident;
 * the runs alternate between the two sizes so a burst of machine load hits both. The last large
 * run scrolls to the very end (every page) sampling the DOM's size in every frame, then leaves
 * for 首页 and comes back, counting the list requests the return makes.
 */
import { launchBrowser } from '../../tests/e2e/lib/browser.mjs'
import { watchNodes } from '../../tests/e2e/lib/dom-nodes.mjs'
import { log, median } from './util.mjs'

export const TARGETS = { nodes: 1000, ratio: 1.2 }
const PATH = '/pages/tickets/index'

/** Runs in the page before any of its scripts: notes the frame in which the first card shows. */
function watchFirstCard() {
  window.__benchFirstCard = null
  const seen = () => {
    if (window.__benchFirstCard !== null || !document.querySelector('.ticket-card')) return false
    window.requestAnimationFrame(() => {
      window.__benchFirstCard = window.performance.now()
    })
    return true
  }
  const observer = new window.MutationObserver(() => {
    if (seen()) observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true })
}

const isMine = (url) => /\/api\/v1\/tickets\?/.test(url) && url.includes('scope=mine')

/**
 * Scrolls the list to its very end (每一页 loaded by reaching the bottom, until 没有更多了), then
 * leaves for 首页 and comes back: the most nodes seen in any frame on the way, the time it took,
 * the requests the return made.
 */
async function scrollToEnd(page) {
  const requests = []
  let done = 0
  page.on('request', (r) => isMine(r.url()) && requests.push(r.url()))
  const finished = (r) => isMine(r.url()) && done++
  page.on('requestfinished', finished)
  page.on('requestfailed', finished)
  const settled = async () => {
    while (done < requests.length) await page.waitForTimeout(20)
    // the answer rendered: two frames
    await page.evaluate(
      () => new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r))),
    )
  }
  const started = Date.now()
  const atEnd = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.list-footer__text')].some((e) => e.textContent === '没有更多了'),
    )
  let steps = 0
  while (!(await atEnd())) {
    if (++steps > 200) throw new Error('the list never reached 没有更多了')
    const before = requests.length
    // Taro's H5 page is its own scroll container; reaching its bottom loads the next page
    await page.evaluate(() => {
      const el = document.querySelector('.taro_page_show') ?? document.scrollingElement
      el.scrollTop = el.scrollHeight
    })
    // the next page's request; when reaching the bottom did not ask (the page's reach-bottom
    // event fires once per approach), the footer's 加载更多 does what a person would tap
    for (let waited = 0; requests.length === before && waited < 1_000; waited += 50)
      await page.waitForTimeout(50)
    if (requests.length === before) {
      const more = page.getByText('加载更多', { exact: true }).filter({ visible: true })
      if (await more.count()) await more.first().click()
      for (let waited = 0; requests.length === before && waited < 2_000; waited += 50)
        await page.waitForTimeout(50)
    }
    await settled()
  }
  const scrollMs = Date.now() - started
  const end = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    cards: document.querySelectorAll('.ticket-card').length,
    maxNodes: window.__maxNodes,
  }))
  // back to the top of the list: the window follows
  await page.evaluate(() => {
    const el = document.querySelector('.taro_page_show') ?? document.scrollingElement
    el.scrollTop = 0
  })
  await page.waitForTimeout(300)
  const top = await page.evaluate(() => ({
    cards: document.querySelectorAll('.ticket-card').length,
    maxNodes: window.__maxNodes,
  }))
  // leave for 首页 and come back: what the return asks for (not what 首页 asks for itself: its
  // 进行中的诉求 card reads the same person's latest tickets)
  const pagesLoaded = requests.length
  await page.getByText('首页', { exact: true }).last().click()
  await page.waitForTimeout(500)
  await settled()
  const beforeReturn = requests.length
  await page.getByText('我的上报', { exact: true }).last().click()
  await page.waitForTimeout(1_000)
  await settled()
  return {
    scrollMs,
    pagesLoaded,
    steps,
    nodes: end.nodes,
    cards: end.cards,
    topCards: top.cards,
    maxNodes: top.maxNodes,
    homeRequests: beforeReturn - pagesLoaded,
    returnRequests: requests.length - beforeReturn,
  }
}

async function openList(browser, baseUrl, { scrollToEnd: scroll = false } = {}) {
  const errorsBefore = browser.errors.length
  const page = await browser.context.newPage()
  try {
    await page.addInitScript(watchFirstCard)
    await page.addInitScript(watchNodes)
    await page.goto(new URL(PATH, baseUrl).href)
    await page.waitForFunction(() => window.__benchFirstCard !== null, null, { timeout: 30_000 })
    // what the first screen settles to: the first page of the list, nothing fetched behind it
    await page.waitForLoadState('networkidle')
    const firstPaintMs = await page.evaluate(() => window.__benchFirstCard)
    const first = await page.evaluate(() => ({
      nodes: document.querySelectorAll('*').length,
      cards: document.querySelectorAll('.ticket-card').length,
    }))
    const scrolled = scroll ? await scrollToEnd(page) : null
    return { firstPaintMs, ...first, scrolled, errors: browser.errors.slice(errorsBefore) }
  } finally {
    // the next run logs in afresh, as a first visit does
    await page.evaluate(() => localStorage.clear()).catch(() => {})
    await page.close()
  }
}

/** { small: {...}, large: {...}, ratio, ok } — medians over `runs` runs per size. */
export async function measureList({ baseUrl, mock, runs = 7, small = 20, large = 1000 }) {
  const sizes = { small, large }
  const out = { small: { tickets: small, runs: [] }, large: { tickets: large, runs: [] } }
  const browser = await launchBrowser()
  try {
    await mock.resetWithTickets(small)
    // warm-up: the HTTP cache, V8's code cache, the OS file cache
    for (let i = 0; i < 2; i++) await openList(browser, baseUrl)
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? ['large', 'small'] : ['small', 'large']
      for (const key of order) {
        await mock.resetWithTickets(sizes[key])
        const last = i === runs - 1 && key === 'large'
        const run = await openList(browser, baseUrl, { scrollToEnd: last })
        out[key].runs.push(run)
        log(
          `list ${sizes[key]} tickets run ${i + 1}/${runs}: first card at ${Math.round(run.firstPaintMs)} ms,` +
            ` ${run.nodes} nodes, ${run.cards} cards` +
            (run.scrolled
              ? `; scrolled to the end in ${run.scrolled.scrollMs} ms: at most ${run.scrolled.maxNodes} nodes,` +
                ` ${run.scrolled.cards} cards at the end; the return asked for ${run.scrolled.returnRequests} page(s)`
              : '') +
            (run.errors.length ? ` — ${run.errors.length} browser error(s): ${run.errors[0]}` : ''),
        )
      }
    }
  } finally {
    await browser.close()
  }
  for (const key of ['small', 'large']) {
    const s = out[key]
    s.firstPaintMs = median(s.runs.map((r) => r.firstPaintMs))
    s.nodes = Math.max(...s.runs.map((r) => r.nodes))
    s.cards = Math.max(...s.runs.map((r) => r.cards))
  }
  out.scrolled = out.large.runs.at(-1).scrolled
  out.ratio = out.large.firstPaintMs / out.small.firstPaintMs
  out.ok = {
    nodes: out.large.nodes < TARGETS.nodes,
    ratio: out.ratio <= TARGETS.ratio,
    scrolledNodes: out.scrolled.maxNodes < TARGETS.nodes,
    returnRequests: out.scrolled.returnRequests <= 1,
  }
  return out
}

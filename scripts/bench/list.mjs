/**
 * 我的上报 (/pages/tickets/index) with a small and a large history: DOM nodes once the list has
 * painted, and the time from navigation to the first painted ticket card. One Chromium (fresh
 * profile) opens the page again and again in a new tab: the HTTP cache is warm after the
 * warm-up, the login is not (storage is cleared after each run), so what changes between runs
 * is the data. Before each run the mock is reset to exactly that many tickets for the resident;
 * the runs alternate between the two sizes so a burst of machine load hits both.
 */
import { launchBrowser } from '../../tests/e2e/lib/browser.mjs'
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

async function openList(browser, baseUrl, { scrollPages = 0 } = {}) {
  const errorsBefore = browser.errors.length
  const page = await browser.context.newPage()
  try {
    await page.addInitScript(watchFirstCard)
    await page.goto(new URL(PATH, baseUrl).href)
    await page.waitForFunction(() => window.__benchFirstCard !== null, null, { timeout: 30_000 })
    // what the first screen settles to: the first page of the list, nothing fetched behind it
    await page.waitForLoadState('networkidle')
    const firstPaintMs = await page.evaluate(() => window.__benchFirstCard)
    const count = () =>
      page.evaluate(() => ({
        nodes: document.querySelectorAll('*').length,
        cards: document.querySelectorAll('.ticket-card').length,
      }))
    const first = await count()
    let scrolled = null
    if (scrollPages > 0) {
      for (let i = 0; i < scrollPages; i++) {
        const before = (await count()).cards
        // Taro's H5 page is its own scroll container; reaching its bottom loads the next page
        await page.evaluate(() => {
          const el = document.querySelector('.taro_page_show') ?? document.scrollingElement
          el.scrollTop = el.scrollHeight
        })
        await page.waitForFunction((n) => document.querySelectorAll('.ticket-card').length > n, before, {
          timeout: 15_000,
        })
        await page.waitForLoadState('networkidle')
      }
      scrolled = await count()
    }
    return { firstPaintMs, ...first, scrolled, errors: browser.errors.slice(errorsBefore) }
  } finally {
    // the next run logs in afresh, as a first visit does
    await page.evaluate(() => localStorage.clear()).catch(() => {})
    await page.close()
  }
}

/** { small: {...}, large: {...}, ratio, ok } — medians over `runs` runs per size. */
export async function measureList({ baseUrl, mock, runs = 7, small = 20, large = 1000, scrollPages = 4 }) {
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
        const run = await openList(browser, baseUrl, { scrollPages: last ? scrollPages : 0 })
        out[key].runs.push(run)
        log(
          `list ${sizes[key]} tickets run ${i + 1}/${runs}: first card at ${Math.round(run.firstPaintMs)} ms,` +
            ` ${run.nodes} nodes, ${run.cards} cards` +
            (run.scrolled
              ? `; after ${scrollPages} more pages ${run.scrolled.nodes} nodes, ${run.scrolled.cards} cards`
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
  out.scrollPages = scrollPages
  out.ratio = out.large.firstPaintMs / out.small.firstPaintMs
  out.ok = { nodes: out.large.nodes < TARGETS.nodes, ratio: out.ratio <= TARGETS.ratio }
  return out
}

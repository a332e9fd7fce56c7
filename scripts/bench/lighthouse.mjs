/**
 * Lighthouse (the exact version in package.json) on pages of the served H5 build: mobile form
 * factor with simulated throttling (Lighthouse's defaults), performance category only. Each run
 * gets its own Chromium (Debian's, with the flags the end-to-end tests use) and a fresh profile;
 * runs go round the pages so a burst of load on the machine does not land on one page only.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS } from '../../tests/e2e/lib/browser.mjs'
import { log, median, seconds } from './util.mjs'

export const TARGET_SCORE = 95
/** How far a page may be from the stack's floor (a blank Taro page) measured in the same run. */
export const FLOOR_MARGIN = { tbt: 150, lcp: 300 }
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
}

async function runOnce(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    })
    const lhr = result?.lhr
    if (!lhr) throw new Error('Lighthouse returned no result')
    const score = lhr.categories.performance.score
    const run = {
      score: score === null ? null : Math.round(score * 100),
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      error: lhr.runtimeError?.message ?? null,
    }
    for (const [key, id] of Object.entries(METRICS)) run[key] = lhr.audits[id]?.numericValue ?? null
    // what the page made the browser fetch and run: JS bytes as served (brotli) and main-thread work
    const requests = lhr.audits['network-requests']?.details?.items ?? []
    run.jsTransferBytes = requests
      .filter((r) => r.resourceType === 'Script')
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
    run.mainThreadMs = lhr.audits['mainthread-work-breakdown']?.numericValue ?? null
    return run
  } finally {
    await chrome.kill()
  }
}

/**
 * pages: [{ name, path }] on baseUrl, or [{ name, url }] anywhere (the floor page has its own server). Resolves to [{ name, path, runs, median: { score, lcp, tbt, cls, ... }, ok }],
 * each median taken over the runs on its own.
 */
export async function runLighthouse({ baseUrl, pages, runs = 3, chromePath }) {
  const results = pages.map((p) => ({ ...p, url: p.url ?? new URL(p.path, baseUrl).href, runs: [] }))
  for (let i = 0; i < runs; i++) {
    for (const r of results) {
      const started = Date.now()
      const run = await runOnce(r.url, chromePath)
      r.runs.push(run)
      log(
        `lighthouse ${r.name} run ${i + 1}/${runs}: ${run.score ?? 'no score'}` +
          ` (LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms, CLS ${run.cls?.toFixed(3)})` +
          `${run.error ? ` — ${run.error}` : ''} in ${seconds(Date.now() - started)}`,
      )
    }
  }
  for (const r of results) {
    r.median = Object.fromEntries(
      ['score', ...Object.keys(METRICS), 'jsTransferBytes', 'mainThreadMs', 'benchmarkIndex'].map((k) => [
        k,
        median(r.runs.map((x) => x[k])),
      ]),
    )
    r.ok = r.median.score !== null && r.median.score >= TARGET_SCORE
  }
  return results
}

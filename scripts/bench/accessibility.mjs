#!/usr/bin/env node
/**
 * Lighthouse accessibility (category only, one run a page) over every H5 page of a served build:
 *   node scripts/bench/accessibility.mjs http://localhost:PORT/ [page paths…]
 * Prints each page's score and the audits that failed, and exits 1 when one is under 98.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { ensureChromium } from '../ensure-chromium.mjs'
import { CHROMIUM_ARGS } from '../../tests/e2e/lib/browser.mjs'

export const A11Y_TARGET = 98
export const PAGES = [
  '/pages/home/index',
  '/pages/report/index',
  '/pages/tickets/index',
  '/pages/messages/index',
  '/pages/me/index',
  '/pages/ticket/index?id=t-0014',
  '/pages/board/index',
  '/packages/volunteer/pages/list/index',
  '/packages/volunteer/pages/detail/index?id=act-clinic',
  '/packages/points/pages/account/index',
  '/packages/points/pages/mall/index',
  '/packages/points/pages/vouchers/index',
  '/packages/workbench/pages/queue/index',
  '/packages/dev/pages/panel/index',
]

async function score(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS })
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['accessibility'],
      formFactor: 'mobile',
      throttlingMethod: 'provided',
      output: 'json',
      logLevel: 'error',
    })
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map(
        (a) =>
          `${a.id}: ${(a.details?.items ?? [])
            .map((i) => i.node?.snippet ?? '')
            .slice(0, 3)
            .join(' | ')}`,
      )
    return { score: Math.round((lhr.categories.accessibility.score ?? 0) * 100), failed }
  } finally {
    await chrome.kill()
  }
}

const base = process.argv[2]
if (!base) {
  console.error('usage: node scripts/bench/accessibility.mjs http://localhost:PORT/')
  process.exit(2)
}
const chromePath = ensureChromium()
let ok = true
for (const path of process.argv.length > 3 ? process.argv.slice(3) : PAGES) {
  const r = await score(new URL(path, base).href, chromePath)
  ok &&= r.score >= A11Y_TARGET
  console.log(`${String(r.score).padStart(3)}  ${path}`)
  for (const f of r.failed) console.log(`       ✗ ${f}`)
}
process.exit(ok ? 0 : 1)

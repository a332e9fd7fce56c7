#!/usr/bin/env node
/**
 * Lighthouse accessibility (category only, one run a page: the audits do not depend on the
 * machine's load) over every H5 page of a served build. `npm run bench` runs it; by hand:
 *   node scripts/bench/accessibility.mjs http://localhost:PORT/ [page paths…]
 * prints each page's score and the audits that failed, and exits 1 when one is under 98.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { ensureChromium } from '../ensure-chromium.mjs'
import { CHROMIUM_ARGS } from '../../tests/e2e/lib/browser.mjs'

export const A11Y_TARGET = 98
/** Every page of the app; the developer panel exists only in mock builds. */
export const PAGES = [
  { name: '首页', path: '/pages/home/index' },
  { name: '上报', path: '/pages/report/index' },
  { name: '我的上报', path: '/pages/tickets/index' },
  { name: '消息', path: '/pages/messages/index' },
  { name: '我的', path: '/pages/me/index' },
  { name: '诉求详情', path: '/packages/resident/pages/ticket/index?id=t-0014' },
  { name: '附近的问题', path: '/packages/resident/pages/board/index' },
  { name: '公告', path: '/packages/resident/pages/notice/index?id=n-water' },
  { name: '志愿活动', path: '/packages/volunteer/pages/list/index' },
  { name: '活动详情', path: '/packages/volunteer/pages/detail/index?id=act-clinic' },
  { name: '我的积分', path: '/packages/points/pages/account/index' },
  { name: '积分商城', path: '/packages/points/pages/mall/index' },
  { name: '我的兑换券', path: '/packages/points/pages/vouchers/index' },
  { name: '网格员工作台', path: '/packages/workbench/pages/queue/index' },
]
export const MOCK_ONLY_PAGES = [{ name: '开发者面板', path: '/packages/dev/pages/panel/index' }]

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

/** pages: [{ name, path }] on baseUrl. Resolves to [{ name, path, score, failed, ok }]. */
export async function runAccessibility({ baseUrl, pages = PAGES, chromePath }) {
  const results = []
  for (const p of pages) {
    const r = await score(new URL(p.path, baseUrl).href, chromePath)
    results.push({ ...p, ...r, ok: r.score >= A11Y_TARGET })
  }
  return results
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const base = process.argv[2]
  if (!base) {
    console.error('usage: node scripts/bench/accessibility.mjs http://localhost:PORT/ [page paths…]')
    process.exit(2)
  }
  const pages =
    process.argv.length > 3
      ? process.argv.slice(3).map((p) => ({ name: p, path: p }))
      : [...PAGES, ...MOCK_ONLY_PAGES]
  const results = await runAccessibility({ baseUrl: base, pages, chromePath: ensureChromium() })
  for (const r of results) {
    console.log(`${String(r.score).padStart(3)}  ${r.path}`)
    for (const f of r.failed) console.log(`       ✗ ${f}`)
  }
  process.exit(results.every((r) => r.ok) ? 0 : 1)
}

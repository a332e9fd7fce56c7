/**
 * Chromium for the end-to-end tests: Debian's chromium driven by playwright-core (no download).
 *
 *   const b = await launchBrowser()
 *   const page = await b.newPage()
 *   await page.goto(baseUrl)
 *   await screenshot(page, 'home')
 *   b.assertNoErrors()
 *   await b.close()
 *
 * Each launch gets a fresh temporary profile (so no service worker or storage leaks from an
 * earlier run) and leaves service workers allowed: the H5 mock backend is msw's worker.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before } from 'node:test'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { ensureChromium } from '../../../scripts/ensure-chromium.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots')

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Chromium asks every origin for /favicon.ico; the H5 build has none. */
const ALWAYS_IGNORED = [
  /Failed to load resource: .*404.*\/favicon\.ico/,
  // the browser's periodic update check of a service worker; the page keeps the worker it runs
  /Failed to update a ServiceWorker for scope/,
]

/** 郑州市二七广场 (WGS-84, what the browser's geolocation reports). */
export const ZHENGZHOU = { latitude: 34.7537, longitude: 113.6668, accuracy: 30 }

/**
 * A desktop Chrome user agent with the installed major version: Taro's H5 chooseMedia shows an
 * action sheet for mobile user agents, and HeadlessChrome is sniffed by some libraries.
 */
function desktopUserAgent(executablePath) {
  let major = '156'
  try {
    const out = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    major = /(\d+)\.\d+\.\d+/.exec(out)?.[1] ?? major
  } catch {
    // keep the default
  }
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`
}

/**
 * Launches Chromium with a fresh profile. Options are passed to launchPersistentContext
 * (e.g. `{ geolocation: null }`, `{ offline: true }`), plus `ignoreErrors`: RegExps for
 * console errors a test expects, and `stepTimeout`: how long a step waits (longer for journeys
 * that load subpackages on a busy machine).
 */
export async function launchBrowser({ ignoreErrors = [], stepTimeout = 10_000, ...contextOptions } = {}) {
  const executablePath = ensureChromium()
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'ssp-e2e-profile-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    userAgent: desktopUserAgent(executablePath),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    permissions: ['geolocation'],
    geolocation: ZHENGZHOU,
    serviceWorkers: 'allow',
    ...contextOptions,
  })
  context.setDefaultTimeout(stepTimeout)
  context.setDefaultNavigationTimeout(20_000)

  /** Everything that went wrong in any page: uncaught exceptions and console.error calls. */
  const errors = []
  const ignored = (text) => [...ALWAYS_IGNORED, ...ignoreErrors].some((re) => re.test(text))
  const watch = (page) => {
    page.on('pageerror', (err) => {
      const text = `[pageerror] ${err.stack || err.message}`
      if (!ignored(text)) errors.push(text)
    })
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return
      const loc = msg.location()
      const text = `[console.error] ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`
      if (!ignored(text)) errors.push(text)
    })
  }
  context.pages().forEach(watch)
  context.on('page', watch)
  const handedOut = new WeakSet()

  return {
    context,
    errors,
    /** A page to drive; the persistent context opens with one blank page, which is reused first. */
    async newPage() {
      const blank = context.pages().find((p) => p.url() === 'about:blank' && !handedOut.has(p))
      const page = blank ?? (await context.newPage())
      handedOut.add(page)
      return page
    },
    /** Throws listing every page error / console error seen so far. */
    assertNoErrors() {
      if (errors.length) throw new Error(`browser reported ${errors.length} error(s):\n${errors.join('\n')}`)
    },
    async close() {
      await context.close().catch(() => {})
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** Writes test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`)
  await page.screenshot({ path: file, fullPage: false })
  return file
}

/**
 * One browser and one page for a whole test file: launched before its first test (after
 * checking that scripts/e2e.mjs set E2E_BASE_URL), closed after its last; `use` receives them.
 * `options` go to launchBrowser (e.g. `{ ignoreErrors: [...] }`).
 */
export function browserPerFile(use, options = {}) {
  let browser
  before(async () => {
    assert.ok(process.env.E2E_BASE_URL, 'E2E_BASE_URL is not set: run through `npm run test:e2e`')
    browser = await launchBrowser(options)
    use(browser, await browser.newPage())
  })
  after(async () => {
    await browser?.close()
  })
}

#!/usr/bin/env node
/**
 * Makes sure the end-to-end tests have a Chromium and a Chinese font.
 *
 *   node scripts/ensure-chromium.mjs       prints the Chromium path, or exits 1 saying what to install
 *   import { ensureChromium, chromiumPath } from './ensure-chromium.mjs'
 *
 * Chromium comes from CHROMIUM_PATH or Debian's /usr/bin/chromium — never a browser download.
 * When it (or fonts-noto-cjk, without which every screenshot is tofu) is missing and we are
 * root with apt-get (CI), it runs `apt-get update` and `apt-get install -y ...`.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
]
const APT_PACKAGES = { chromium: 'chromium', font: 'fonts-noto-cjk' }
export const INSTALL_HINT = 'sudo apt-get install chromium fonts-noto-cjk'

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', ...opts })
}

function onPath(cmd) {
  return run('sh', ['-c', `command -v ${cmd}`]).status === 0
}

/** Absolute path of a usable Chromium, or null. CHROMIUM_PATH wins when it points at an executable. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && isExecutable(fromEnv)) return path.resolve(fromEnv)
  return CANDIDATES.find(isExecutable) ?? null
}

/**
 * true / false when we can tell whether a Chinese font is installed; null when this machine has
 * neither fontconfig nor dpkg to ask (e.g. macOS with CHROMIUM_PATH set: its system fonts have CJK).
 */
export function hasCjkFont() {
  if (process.platform !== 'linux') return null
  const fc = run('fc-list', [':lang=zh', 'family'])
  if (!fc.error && fc.status === 0) return fc.stdout.trim().length > 0
  const dpkg = run('dpkg-query', ['-W', '-f=${Status}', APT_PACKAGES.font])
  if (!dpkg.error) return dpkg.status === 0 && dpkg.stdout.includes('install ok installed')
  return null
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get')
}

function aptInstall(packages, log) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const steps = [
    ['apt-get', ['update']],
    ['apt-get', ['install', '-y', ...packages]],
  ]
  for (const [cmd, args] of steps) {
    log(`[ensure-chromium] $ ${cmd} ${args.join(' ')}`)
    // stdin closed: CI has none, and apt must never wait for an answer.
    const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'inherit', 'inherit'] })
    if (r.status !== 0) return false
  }
  return true
}

/**
 * Resolves to the Chromium path, installing chromium / fonts-noto-cjk with apt when it can.
 * Throws (err.code = 'ECHROMIUM') with an install hint when it can't.
 */
export function ensureChromium({ log = (m) => console.error(m) } = {}) {
  let browser = chromiumPath()
  let font = hasCjkFont()
  const missing = []
  if (!browser) missing.push(APT_PACKAGES.chromium)
  if (font === false) missing.push(APT_PACKAGES.font)
  if (missing.length === 0) return browser

  if (canApt()) {
    log(`[ensure-chromium] missing: ${missing.join(', ')} — installing with apt-get`)
    aptInstall(missing, log)
    browser = chromiumPath()
    font = hasCjkFont()
  }
  if (browser && font !== false) return browser

  const what = [!browser && 'Chromium', font === false && 'a Chinese font (fonts-noto-cjk)'].filter(Boolean)
  const err = new Error(
    [
      `[ensure-chromium] ${what.join(' and ')} not found; the end-to-end tests need it.`,
      `Install them with:`,
      `  ${INSTALL_HINT}`,
      `(or point CHROMIUM_PATH at an existing Chromium/Chrome executable).`,
    ].join('\n'),
  )
  err.code = 'ECHROMIUM'
  throw err
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    console.log(ensureChromium())
  } catch (err) {
    console.error(err.code === 'ECHROMIUM' ? err.message : err)
    process.exit(1)
  }
}

#!/usr/bin/env node
/**
 * npm run bench — production figures of the http-mode builds (what ships to a real backend).
 *
 * Builds weapp and H5 with API_MODE=http API_BASE_URL=https://api.example.com into
 * bench/out/weapp-http and bench/out/h5-http (never dist/ or dist-h5/; BENCH_SKIP_BUILD=1 reuses
 * them), then prints and writes to bench/results.json:
 *   - weapp package sizes: the main package (everything outside the subpackage roots of
 *     app.json) and each subpackage root, against WeChat-budget targets;
 *   - whether mock code leaked into either http build (string markers that survive minification);
 *   - H5 first-load JS: the scripts index.html references, gzip -9, summed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = 'bench/out'
const WEAPP_OUT = `${OUT}/weapp-http`
const H5_OUT = `${OUT}/h5-http`
const RESULTS = 'bench/results.json'
const API_BASE_URL = 'https://api.example.com'
/** The mock-mode builds of `npm run test:e2e`, used (when present) to prove the markers detect mock code. */
const MOCK_CONTROLS = { weapp: '.build/weapp-mock', h5: '.build/e2e-h5' }

const KB = 1024
const MB = 1024 * KB
const TARGETS = { mainPackage: 1 * MB, subPackage: 500 * KB, h5FirstLoadJsGzip: 150 * KB }

/**
 * Strings only mock code carries, chosen to survive minification (identifiers like
 * createMockBackend do not): the mock store's storage prefix, a seeded user id, the msw worker
 * URL, and msw's own log prefix / worker protocol message.
 */
const MOCK_MARKERS = ['ssp-mock:', 'u-resident-1', 'mockServiceWorker', '[MSW]', 'MOCK_ACTIVATE']
const TEXT_EXTENSIONS = new Set(['.js', '.json', '.wxml', '.wxss', '.wxs', '.html', '.css', '.txt', '.map'])
/** Developer-tools settings, not part of the uploaded code package. */
const NOT_PACKAGED = new Set(['project.config.json', 'project.private.config.json'])

const fmtKB = (bytes) => `${(bytes / KB).toFixed(1)} KB`
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

function build(type, outDir) {
  rmSync(path.join(ROOT, outDir), { recursive: true, force: true })
  console.log(`[bench] building ${type} (API_MODE=http) → ${outDir}`)
  const started = Date.now()
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', type], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    env: { ...process.env, NODE_ENV: 'production', API_MODE: 'http', API_BASE_URL, OUTPUT_ROOT: outDir },
  })
  if (r.status !== 0) {
    const log = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-60).join('\n')
    throw new Error(`taro build --type ${type} failed (exit ${r.status ?? r.signal}):\n${log}`)
  }
  return Date.now() - started
}

function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    if (d.isDirectory()) return walk(full, base)
    return [{ rel: path.relative(base, full).split(path.sep).join('/'), full, bytes: statSync(full).size }]
  })
}

function weappPackages(dir) {
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8'))
  const roots = [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) =>
    p.root.replace(/^\/|\/$/g, ''),
  )
  const sizes = new Map([['(main)', 0], ...roots.map((r) => [r, 0])])
  for (const f of walk(dir)) {
    if (NOT_PACKAGED.has(f.rel)) continue
    const root = roots.find((r) => f.rel.startsWith(`${r}/`)) ?? '(main)'
    sizes.set(root, sizes.get(root) + f.bytes)
  }
  return [...sizes].map(([root, bytes]) => {
    const target = root === '(main)' ? TARGETS.mainPackage : TARGETS.subPackage
    return { root, bytes, target, ok: bytes <= target }
  })
}

function findMockMarkers(dir) {
  const hits = {}
  for (const f of walk(dir)) {
    if (f.rel.endsWith('mockServiceWorker.js')) (hits['mockServiceWorker.js (file)'] ??= []).push(f.rel)
    if (!TEXT_EXTENSIONS.has(path.extname(f.rel))) continue
    const text = readFileSync(f.full, 'utf8')
    for (const marker of MOCK_MARKERS) if (text.includes(marker)) (hits[marker] ??= []).push(f.rel)
  }
  return hits
}

function h5FirstLoad(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1])
  const files = srcs
    .filter((src) => !/^(?:[a-z]+:)?\/\//i.test(src)) // a CDN script is not ours to measure
    .map((src) => {
      const file = path.join(dir, src.replace(/^\//, '').split(/[?#]/)[0])
      const raw = readFileSync(file)
      return { src, bytes: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length }
    })
  const gzip = files.reduce((s, f) => s + f.gzip, 0)
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip,
    target: TARGETS.h5FirstLoadJsGzip,
    ok: gzip <= TARGETS.h5FirstLoadJsGzip,
  }
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n')
}

function main() {
  const buildMs = {}
  if (process.env.BENCH_SKIP_BUILD === '1') {
    console.log('[bench] BENCH_SKIP_BUILD=1: measuring the existing bench/out builds')
  } else {
    buildMs.weapp = build('weapp', WEAPP_OUT)
    buildMs.h5 = build('h5', H5_OUT)
  }
  const weappDir = path.join(ROOT, WEAPP_OUT)
  const h5Dir = path.join(ROOT, H5_OUT)

  const packages = weappPackages(weappDir)
  const leaks = { weapp: findMockMarkers(weappDir), h5: findMockMarkers(h5Dir) }
  const controls = Object.fromEntries(
    Object.entries(MOCK_CONTROLS)
      .filter(([, dir]) => existsSync(path.join(ROOT, dir)))
      .map(([platform, dir]) => [
        platform,
        { dir, markersFound: Object.keys(findMockMarkers(path.join(ROOT, dir))) },
      ]),
  )
  const firstLoad = h5FirstLoad(h5Dir)

  const mark = (ok) => (ok ? 'ok' : 'OVER')
  const rows = [['measure', 'value', 'target', '']]
  if (buildMs.weapp) rows.push(['build weapp (http)', seconds(buildMs.weapp), '', ''])
  if (buildMs.h5) rows.push(['build h5 (http)', seconds(buildMs.h5), '', ''])
  for (const p of packages) {
    rows.push([`weapp package ${p.root}`, fmtKB(p.bytes), `≤ ${fmtKB(p.target)}`, mark(p.ok)])
  }
  for (const platform of ['weapp', 'h5']) {
    const found = Object.keys(leaks[platform])
    rows.push([
      `mock code in ${platform} http build`,
      found.length ? `YES: ${found.join(', ')}` : 'none',
      'none',
      found.length ? 'LEAK' : 'ok',
    ])
  }
  rows.push([
    `h5 first-load JS (${firstLoad.files.length} files, gzip -9)`,
    `${fmtKB(firstLoad.gzip)} (raw ${fmtKB(firstLoad.bytes)})`,
    `≤ ${fmtKB(firstLoad.target)}`,
    mark(firstLoad.ok),
  ])
  console.log('\n' + table(rows))
  console.log(
    `\nmock markers: ${MOCK_MARKERS.map((m) => JSON.stringify(m)).join(', ')} and a mockServiceWorker.js file`,
  )
  for (const [platform, c] of Object.entries(controls)) {
    console.log(
      `  control: ${c.dir} (mock ${platform} build) has ${c.markersFound.join(', ') || 'NONE — markers are stale'}`,
    )
  }

  const results = {
    measuredAt: new Date().toISOString(),
    commit:
      spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() ||
      null,
    apiBaseUrl: API_BASE_URL,
    buildMs,
    weapp: { dir: WEAPP_OUT, packages },
    mockCode: { markers: MOCK_MARKERS, weapp: leaks.weapp, h5: leaks.h5, controls },
    h5: { dir: H5_OUT, firstLoadJs: firstLoad },
  }
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true })
  writeFileSync(path.join(ROOT, RESULTS), JSON.stringify(results, null, 2) + '\n')
  console.log(`\n[bench] wrote ${RESULTS}`)
}

try {
  main()
} catch (err) {
  console.error(`[bench] ${err.message}`)
  process.exit(1)
}

#!/usr/bin/env node
/**
 * npm run bench — production figures of the http-mode builds, each next to its target, in one
 * table; also written to bench/results.json.
 *
 * 1. starts the mock backend over HTTP on a free loopback port (scripts/bench/mock.ts via tsx);
 * 2. builds, into bench/out/ only (never dist/ or dist-h5/):
 *      weapp-http  API_MODE=http API_BASE_URL=https://api.example.com  (what ships to WeChat)
 *      h5-bench    API_MODE=http API_BASE_URL=http://127.0.0.1:<mock port>
 *    One H5 build serves every H5 figure: it differs from an https://api.example.com build only
 *    in that one string constant, so its first-load JS is the same to within a few bytes;
 * 3. sizes: weapp main package and each subpackage, WeChat's 11 code-quality items (miniprogram-ci
 *    offline), mock-code markers in both builds, H5
 *    first-load JS (the scripts index.html loads, gzip -9);
 * 4. serves h5-bench as `npm start` does (scripts/serve.mjs: brotli/gzip, SPA fallback) and
 *    measures in Chromium (Debian's, the end-to-end tests' flags):
 *      Lighthouse, mobile, performance only, on 首页 / 我的上报 / 上报 and on the stack's floor — a
 *      blank Taro React H5 page (scripts/bench/floor) built with the project's own config and
 *      served the same way — in the same rounds, medians of 3 runs; each page's LCP and TBT
 *      next to the floor's;
 *      Lighthouse accessibility on every page (one run each; the developer panel on the
 *      mock-mode e2e build when it is there, as only mock builds have it);
 *      我的上报 with 20 and with 1,000 tickets: DOM nodes and time to the first painted card; the
 *      1,000 scrolled to the very end (most nodes in any frame, time) and the requests on return;
 *      the photo pipeline on a 4032×3024 JPEG with EXIF GPS: bytes and long edge uploaded.
 * 5. the mock's memory after one person sends 40 uploads of 5 MB (the upload quota bounds it);
 * 6. mock:serve's POST /tickets and GET /tickets?scope=mine p50/p99 at 100 and 10,000 tickets, its
 *    RSS, and one in-process write with 1,000 tickets and a 4,000-entry ledger (scripts/bench/mock-write.ts).
 *
 * Environment: BENCH_SKIP_BUILD=1 measures the builds already in bench/out (the mock comes back on
 * the port the H5 build was made for); BENCH_ONLY=sizes,lighthouse,accessibility,list,map,photo,memory,mock runs some parts;
 * BENCH_LIGHTHOUSE_RUNS (3), BENCH_LIST_RUNS (7); BENCH_QUIET_WAIT (60): seconds to wait, at
 * most, for the 1-minute load average to drop to the core count before the timed parts;
 * BENCH_STRICT=1 exits 1 when a target is missed.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { ensureChromium } from './ensure-chromium.mjs'
import { startServer } from './serve.mjs'
import { startMock } from './bench/backend.mjs'
import { FLOOR_MARGIN, runLighthouse, TARGET_SCORE } from './bench/lighthouse.mjs'
import {
  A11Y_TARGET,
  MOCK_ONLY_PAGES,
  PAGES as A11Y_PAGES,
  runAccessibility,
} from './bench/accessibility.mjs'
import { measureList, TARGETS as LIST_TARGETS } from './bench/list.mjs'
import { measureMap, TARGETS as MAP_TARGETS } from './bench/map.mjs'
import { measurePhoto, TARGETS as PHOTO_TARGETS } from './bench/photo.mjs'
import { measureUploadMemory, TARGET_GROWTH as MEMORY_TARGET } from './bench/upload-memory.mjs'
import { measureMockLatency, measureMockWrite, TARGET_P99_RATIO } from './bench/mock-latency.mjs'
import { findMockMarkers, h5FirstLoad, MOCK_MARKERS, weappPackages } from './bench/sizes.mjs'
import { checkWeappQuality } from './bench/wechat-quality.mjs'
import {
  fmtKB,
  fmtLoad,
  load,
  log,
  median,
  ROOT,
  seconds,
  sleep,
  table,
  waitForQuiet,
} from './bench/util.mjs'

const OUT = 'bench/out'
const WEAPP_OUT = `${OUT}/weapp-http`
const H5_OUT = `${OUT}/h5-bench`
/** The stack's floor: scripts/bench/floor built with config/index.ts, like the app. */
const FLOOR_OUT = `${OUT}/floor`
const FLOOR_SOURCE = 'scripts/bench/floor'
const FLOOR_BUILD_SOURCE = 'bench/tmp/floor'
/** Which mock port the H5 build talks to, for BENCH_SKIP_BUILD=1. */
const H5_BUILD_INFO = `${OUT}/h5-bench.json`
const RESULTS = 'bench/results.json'
const WEAPP_API_BASE_URL = 'https://api.example.com'
/** The mock-mode builds of `npm run test:e2e`, used (when present) to prove the markers detect mock code. */
const MOCK_CONTROLS = { weapp: '.build/weapp-mock', h5: '.build/e2e-h5' }
const PAGES = [
  { name: '首页', path: '/' },
  { name: '我的上报', path: '/pages/tickets/index' },
  { name: '上报', path: '/pages/report/index' },
]
const PARTS = ['sizes', 'lighthouse', 'accessibility', 'list', 'map', 'photo', 'memory', 'mock']

const env = process.env
const only = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',').map((s) => s.trim())) : new Set(PARTS)
const runs = (name, fallback) => Math.max(1, Number(env[name]) || fallback)

/** Runs taro build quietly (its progress bar floods logs); shows the end of the log if it fails. */
function build(type, outDir, apiBaseUrl, sourceRoot = 'src') {
  rmSync(path.join(ROOT, outDir), { recursive: true, force: true })
  log(`building ${type} from ${sourceRoot} (API_MODE=http API_BASE_URL=${apiBaseUrl}) → ${outDir}`)
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', type], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...env,
        NODE_ENV: 'production',
        API_MODE: 'http',
        API_BASE_URL: apiBaseUrl,
        OUTPUT_ROOT: outDir,
        SOURCE_ROOT: sourceRoot,
      },
    })
    const chunks = []
    child.stdout.on('data', (c) => chunks.push(c))
    child.stderr.on('data', (c) => chunks.push(c))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Date.now() - started)
      const lines = stripVTControlCharacters(Buffer.concat(chunks).toString('utf8'))
        .split('\n')
        .filter((l) => l.trim())
      reject(
        new Error(`taro build --type ${type} failed (${code ?? signal}):\n${lines.slice(-60).join('\n')}`),
      )
    })
  })
}

/**
 * Asks for every text asset until the server answers with brotli: scripts/serve.mjs compresses
 * in the background and serves gzip until brotli is ready, and Lighthouse should see what a
 * visitor after the first one gets.
 */
async function warmServer(baseUrl, dir) {
  const files = []
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else if (/\.(?:js|css|html)$/.test(e.name))
        files.push(path.relative(dir, full).split(path.sep).join('/'))
    }
  }
  walk(dir)
  const until = Date.now() + 120_000
  for (const file of files) {
    for (;;) {
      const res = await fetch(new URL(file, baseUrl), { headers: { 'accept-encoding': 'br, gzip' } })
      await res.arrayBuffer()
      const enc = res.headers.get('content-encoding')
      if (enc === 'br' || !enc || Date.now() > until) break
      await sleep(250)
    }
  }
}

function gitCommit() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : null
}

const mark = (ok) => (ok ? 'ok' : 'MISSED')
const ms = (v) => (v === null ? '–' : `${Math.round(v)} ms`)

async function main() {
  const started = Date.now()
  const results = { measuredAt: new Date().toISOString(), commit: gitCommit(), loadAtStart: load() }
  const rows = [['figure', 'value', 'target', '']]
  const missed = []
  const row = (figure, value, target = '', ok = null) => {
    rows.push([figure, value, target, ok === null ? '' : mark(ok)])
    if (ok === false) missed.push(figure)
  }
  const browserParts = ['lighthouse', 'accessibility', 'list', 'map', 'photo'].some((p) => only.has(p))
  const chromePath = browserParts ? ensureChromium({ log }) : null

  // 1–2: the mock, then the builds (the H5 one needs the mock's port)
  const skipBuild = env.BENCH_SKIP_BUILD === '1'
  const info = skipBuild && existsSync(path.join(ROOT, H5_BUILD_INFO))
  const savedPort = info ? JSON.parse(readFileSync(path.join(ROOT, H5_BUILD_INFO), 'utf8')).mockPort : 0
  if (skipBuild && !info) throw new Error(`${H5_BUILD_INFO} is missing — run without BENCH_SKIP_BUILD`)
  const mock = browserParts || !skipBuild ? await startMock({ port: savedPort }) : null
  let server = null
  let floorServer = null
  let mockControlServer = null
  try {
    const h5ApiBaseUrl = mock ? mock.origin : `http://127.0.0.1:${savedPort}`
    results.buildMs = {}
    if (skipBuild) {
      log('BENCH_SKIP_BUILD=1: measuring the builds in bench/out')
    } else {
      rmSync(path.join(ROOT, `${OUT}/h5-http`), { recursive: true, force: true }) // the first version's folder
      // only the sizes read the weapp build
      if (only.has('sizes')) results.buildMs.weapp = await build('weapp', WEAPP_OUT, WEAPP_API_BASE_URL)
      results.buildMs.h5 = await build('h5', H5_OUT, h5ApiBaseUrl)
      if (only.has('lighthouse')) {
        // the floor's one page, with the app's own page template (src/index.html)
        const floorSrc = path.join(ROOT, FLOOR_BUILD_SOURCE)
        rmSync(floorSrc, { recursive: true, force: true })
        cpSync(path.join(ROOT, FLOOR_SOURCE), floorSrc, { recursive: true })
        cpSync(path.join(ROOT, 'src/index.html'), path.join(floorSrc, 'index.html'))
        results.buildMs.floor = await build('h5', FLOOR_OUT, h5ApiBaseUrl, FLOOR_BUILD_SOURCE)
      }
      writeFileSync(
        path.join(ROOT, H5_BUILD_INFO),
        JSON.stringify({ apiBaseUrl: h5ApiBaseUrl, mockPort: mock.port, builtAt: new Date().toISOString() }) +
          '\n',
      )
      if (results.buildMs.weapp) row('build weapp (http)', seconds(results.buildMs.weapp))
      row('build h5 (http)', seconds(results.buildMs.h5))
    }
    const needed = [
      H5_OUT,
      ...(only.has('sizes') ? [WEAPP_OUT] : []),
      ...(only.has('lighthouse') ? [FLOOR_OUT] : []),
    ]
    for (const dir of needed) {
      if (!existsSync(path.join(ROOT, dir)))
        throw new Error(`${dir} is missing — run without BENCH_SKIP_BUILD`)
    }
    const weappDir = path.join(ROOT, WEAPP_OUT)
    const h5Dir = path.join(ROOT, H5_OUT)
    results.builds = {
      weapp: { dir: WEAPP_OUT, apiBaseUrl: WEAPP_API_BASE_URL },
      h5: { dir: H5_OUT, apiBaseUrl: h5ApiBaseUrl },
    }

    // 3: sizes
    if (only.has('sizes')) {
      const packages = weappPackages(weappDir)
      for (const p of packages) {
        row(`weapp package ${p.root}`, fmtKB(p.bytes), `≤ ${fmtKB(p.target)}`, p.ok)
      }
      const quality = await checkWeappQuality(weappDir)
      const passed = quality.filter((q) => q.success).length
      row(
        `WeChat code quality (miniprogram-ci, offline), items passed`,
        `${passed} / ${quality.length}`,
        `${quality.length} / ${quality.length}`,
        passed === quality.length,
      )
      for (const q of quality.filter((i) => !i.success)) row(`  failed: ${q.name}`, q.text)
      results.weappQuality = quality
      const leaks = { weapp: findMockMarkers(weappDir), h5: findMockMarkers(h5Dir) }
      for (const platform of ['weapp', 'h5']) {
        const found = Object.keys(leaks[platform])
        row(
          `mock code in the ${platform} http build`,
          found.length ? `YES: ${found.join(', ')}` : 'none',
          'none',
          found.length === 0,
        )
      }
      const controls = Object.fromEntries(
        Object.entries(MOCK_CONTROLS)
          .filter(([, dir]) => existsSync(path.join(ROOT, dir)))
          .map(([platform, dir]) => [
            platform,
            { dir, markersFound: Object.keys(findMockMarkers(path.join(ROOT, dir))) },
          ]),
      )
      const firstLoad = h5FirstLoad(h5Dir)
      row(
        `h5 first-load JS (index.html's ${firstLoad.files.length} scripts, gzip -9)`,
        `${fmtKB(firstLoad.gzip)} (raw ${fmtKB(firstLoad.bytes)})`,
        `≤ ${fmtKB(firstLoad.target)}`,
        firstLoad.ok,
      )
      results.weapp = { packages }
      results.mockCode = { markers: MOCK_MARKERS, weapp: leaks.weapp, h5: leaks.h5, controls }
      results.h5 = { firstLoadJs: firstLoad }
    }

    if (browserParts) {
      server = await startServer({ dir: h5Dir, port: 0 })
      log(`serving ${H5_OUT} at ${server.url} (mock backend at ${mock.origin})`)
      await warmServer(server.url, h5Dir)
      const quietWait = Number(env.BENCH_QUIET_WAIT ?? 60) * 1000
      const quiet = () => waitForQuiet({ timeoutMs: quietWait })

      // 4a: Lighthouse
      if (only.has('lighthouse')) {
        await mock.reset()
        const before = await quiet()
        log(`lighthouse: load average ${fmtLoad(before)}`)
        const floorDir = path.join(ROOT, FLOOR_OUT)
        floorServer = await startServer({ dir: floorDir, port: 0 })
        await warmServer(floorServer.url, floorDir)
        const lhStarted = Date.now()
        const [floor, ...pages] = await runLighthouse({
          baseUrl: server.url,
          pages: [{ name: 'floor (blank Taro React page)', url: floorServer.url }, ...PAGES],
          runs: runs('BENCH_LIGHTHOUSE_RUNS', 3),
          chromePath,
        })
        const after = load()
        for (const p of pages) {
          p.vsFloor = { lcp: p.median.lcp - floor.median.lcp, tbt: p.median.tbt - floor.median.tbt }
          p.ok = {
            score: p.ok,
            lcp: p.vsFloor.lcp <= FLOOR_MARGIN.lcp,
            tbt: p.vsFloor.tbt <= FLOOR_MARGIN.tbt,
          }
        }
        results.lighthouse = {
          version: JSON.parse(readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'))
            .version,
          settings: 'mobile, simulated throttling (Lighthouse defaults), performance category',
          load: { before, after },
          ms: Date.now() - lhStarted,
          floor,
          margin: FLOOR_MARGIN,
          pages,
        }
        const runScores = (p) => p.runs.map((r) => r.score ?? '–').join(', ')
        // FCP / JS transferred / main-thread work, the same for the floor and each page
        const startup = (m) => `${seconds(m.fcp)} / ${fmtKB(m.jsTransferBytes)} / ${ms(m.mainThreadMs)}`
        const f = floor.median
        row(
          `lighthouse floor: ${FLOOR_SOURCE}, one line of text (same config, same server), median of ${floor.runs.length}`,
          `${f.score ?? '–'} (runs ${runScores(floor)}); LCP ${seconds(f.lcp)}, TBT ${ms(f.tbt)}`,
        )
        // what the pages' own lines below compare with: on these pages LCP follows main-thread work
        row(`  floor FCP / JS transferred / main-thread work (simulated), medians`, startup(f))
        const signed = (v, fmt) => `${v >= 0 ? '+' : '−'}${fmt(Math.abs(v))}`
        for (const p of pages) {
          const m = p.median
          row(
            `lighthouse ${p.name} (${p.path}) performance, median of ${p.runs.length}`,
            `${m.score ?? '–'} (runs ${runScores(p)})`,
            `≥ ${TARGET_SCORE}`,
            p.ok.score,
          )
          row(
            `  ${p.name} LCP, median: page vs floor`,
            `${seconds(m.lcp)} vs ${seconds(f.lcp)} (${signed(p.vsFloor.lcp, (v) => seconds(v))})`,
            `floor + ${seconds(FLOOR_MARGIN.lcp)}`,
            p.ok.lcp,
          )
          row(
            `  ${p.name} TBT, median: page vs floor`,
            `${ms(m.tbt)} vs ${ms(f.tbt)} (${signed(p.vsFloor.tbt, ms)})`,
            `floor + ${ms(FLOOR_MARGIN.tbt)}`,
            p.ok.tbt,
          )
          row(`  CLS, median`, m.cls === null ? '–' : m.cls.toFixed(3))
          row(`  FCP / JS transferred / main-thread work (simulated), medians`, startup(m))
        }
        row(
          '  load average 1/5/15 min before → after; Lighthouse benchmarkIndex',
          `${before.m1}/${before.m5}/${before.m15} → ${after.m1}/${after.m5}/${after.m15} (${after.cores} cores);` +
            ` ${Math.round(median(pages.map((p) => p.median.benchmarkIndex)))}`,
        )
      }

      // 4a': accessibility on every page (the developer panel only in a mock build)
      if (only.has('accessibility')) {
        await mock.reset()
        const a11y = await runAccessibility({ baseUrl: server.url, pages: A11Y_PAGES, chromePath })
        const controlDir = path.join(ROOT, MOCK_CONTROLS.h5)
        if (existsSync(controlDir)) {
          mockControlServer = await startServer({ dir: controlDir, port: 0 })
          const dev = await runAccessibility({
            baseUrl: mockControlServer.url,
            pages: MOCK_ONLY_PAGES,
            chromePath,
          })
          a11y.push(...dev.map((d) => ({ ...d, build: MOCK_CONTROLS.h5 })))
        }
        results.accessibility = a11y
        for (const p of a11y) {
          row(
            `lighthouse accessibility ${p.name} (${p.path}${p.build ? `, ${p.build}` : ''})`,
            `${p.score}${p.failed.length ? ` — ${p.failed.map((x) => x.split(':')[0]).join(', ')}` : ''}`,
            `≥ ${A11Y_TARGET}`,
            p.ok,
          )
        }
        if (!existsSync(controlDir))
          row('  开发者面板 (mock builds only)', `not measured: ${MOCK_CONTROLS.h5} is missing`)
      }

      // 4b: 我的上报, 20 vs 1,000 tickets
      if (only.has('list')) {
        await quiet()
        const list = await measureList({ baseUrl: server.url, mock, runs: runs('BENCH_LIST_RUNS', 7) })
        results.list = list
        const n = list.large.runs.length
        row(
          `我的上报 ${list.large.tickets} tickets: DOM nodes at first list paint`,
          `${list.large.nodes} (${list.large.cards} cards; ${list.small.tickets} tickets: ${list.small.nodes})`,
          `< ${LIST_TARGETS.nodes}`,
          list.ok.nodes,
        )
        row(
          `我的上报 first list paint, ${list.large.tickets} ÷ ${list.small.tickets} tickets (medians of ${n})`,
          `${list.ratio.toFixed(2)} (${ms(list.large.firstPaintMs)} ÷ ${ms(list.small.firstPaintMs)})`,
          `≤ ${LIST_TARGETS.ratio.toFixed(2)}`,
          list.ok.ratio,
        )
        const sc = list.scrolled
        row(
          `我的上报 ${list.large.tickets} tickets scrolled to the end: most DOM nodes in any frame`,
          `${sc.maxNodes} (${sc.cards} cards in the tree at the end, ${sc.pagesLoaded} pages loaded)`,
          `< ${LIST_TARGETS.nodes}`,
          list.ok.scrolledNodes,
        )
        row(`  time to scroll to the end (${sc.steps} scrolls to the bottom)`, seconds(sc.scrollMs))
        row(
          '  list requests when 我的上报 shows again (首页 → 我的上报)',
          `${sc.returnRequests}`,
          '≤ 1',
          list.ok.returnRequests,
        )
      }

      // 4b': 问题地图 with 1,000 more tickets (scripts/bench/map.mjs)
      if (only.has('map')) {
        await quiet()
        const m = await measureMap({ baseUrl: server.url, mock, runs: runs('BENCH_MAP_RUNS', 5) })
        results.map = m
        row(
          `问题地图, ${m.inView} tickets in view: tap 缩小地图 → all drawn (median of ${m.runs})`,
          ms(m.drawMs),
          `≤ ${ms(MAP_TARGETS.drawMs)}`,
          m.ok.drawMs,
        )
        row(
          '  nodes the map creates (markers and clusters drawn; whole page)',
          `${m.nodes.map} (${m.nodes.buttons} buttons; page ${m.nodes.page})`,
          `< ${MAP_TARGETS.nodes}`,
          m.ok.nodes,
        )
        row(
          `  pan (mouse drag): frame interval median / p95 / max over ${m.pan.frames} frames`,
          `${m.pan.medianMs.toFixed(1)} / ${m.pan.p95Ms.toFixed(1)} / ${m.pan.maxMs.toFixed(1)} ms`,
          `p95 ≤ ${(MAP_TARGETS.frameMs * 1.5).toFixed(0)} ms (60 Hz)`,
          m.ok.frame,
        )
      }

      // 4c: the photo pipeline
      if (only.has('photo')) {
        const photo = await measurePhoto({ baseUrl: server.url, mock })
        results.photo = photo
        const { input, output } = photo
        row(
          `photo ${input.width}×${input.height} (${fmtKB(input.bytes)}, EXIF) → upload bytes`,
          `${fmtKB(output.bytes)} (${output.width}×${output.height})`,
          `≤ ${fmtKB(PHOTO_TARGETS.bytes)}`,
          photo.ok.bytes,
        )
        row(
          'photo upload long edge',
          `${output.longEdge} px`,
          `≤ ${PHOTO_TARGETS.longEdge} px`,
          photo.ok.longEdge,
        )
        row(
          'photo EXIF in the bytes served back',
          photo.served.exif ? 'present' : 'none',
          'none',
          photo.ok.exif,
        )
        row('  photo chosen → upload answered', seconds(photo.pipelineMs))
      }
    }
  } finally {
    await server?.close()
    await floorServer?.close()
    await mockControlServer?.close()
    mock?.stop()
  }

  // 5: the mock's memory under 40 uploads of 5 MB from one person (its own process, no browser)
  if (only.has('memory')) {
    const memory = await measureUploadMemory()
    results.uploadMemory = memory
    const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`
    row(
      `mock memory after ${memory.uploads} uploads of 5 MB (${memory.accepted} kept, ${memory.refused} refused 429)`,
      `${mb(memory.growthBytes)} (RSS +${mb(memory.rssGrowthBytes)})`,
      `≤ ${mb(MEMORY_TARGET)}`,
      memory.ok,
    )
  }

  // 6: the mock as it grows: HTTP latency at 100 and 10,000 tickets, one in-process write
  if (only.has('mock')) {
    const lat = await measureMockLatency({ requests: runs('BENCH_MOCK_REQUESTS', 200) })
    results.mockLatency = lat
    for (const [op, label] of [
      ['post', 'POST /tickets'],
      ['get', 'GET /tickets?scope=mine'],
    ]) {
      const f = (p) => `p50 ${ms(p.p50)} / p99 ${ms(p.p99)}`
      row(
        `mock:serve ${label}, 100 → 10,000 tickets (${lat.small[op].n} requests each)`,
        `${f(lat.small[op])} → ${f(lat.large[op])}; p99 ×${lat.ratio[op].toFixed(2)}`,
        `p99 × ≤ ${TARGET_P99_RATIO}`,
        lat.ok[op],
      )
    }
    const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`
    row('  mock:serve RSS before → after', `${mb(lat.rss.before)} → ${mb(lat.rss.after)}`)
    const w = await measureMockWrite()
    results.mockWrite = w
    row(
      `in-process mock: one write (PATCH /me) with ${w.tickets} tickets, ${w.ledger} ledger entries`,
      `${w.writeMs.toFixed(1)} ms (save ${w.saveMs.toFixed(1)} ms, ${w.keysWritten} key / ${fmtKB(w.bytesWritten)} written)`,
    )
    row(
      '  largest storage key (WeChat: ≤ 1 MB a key)',
      fmtKB(w.largestKeyBytes),
      '≤ 1024.0 KB',
      w.largestKeyBytes <= 1024 * 1024,
    )
  }

  results.totalMs = Date.now() - started
  results.missed = missed
  row('total bench time', seconds(results.totalMs))
  console.log('\n' + table(rows))
  if (results.mockCode) {
    console.log(
      `\nmock markers: ${MOCK_MARKERS.map((m) => JSON.stringify(m)).join(', ')} and a mockServiceWorker.js file`,
    )
    for (const [platform, c] of Object.entries(results.mockCode.controls)) {
      console.log(
        `  control: ${c.dir} (mock ${platform} build) has ${c.markersFound.join(', ') || 'NONE — markers are stale'}`,
      )
    }
  }
  console.log(missed.length ? `\nMISSED: ${missed.join('; ')}` : '\nevery target met')

  mkdirSync(path.join(ROOT, 'bench'), { recursive: true })
  writeFileSync(path.join(ROOT, RESULTS), JSON.stringify(results, null, 2) + '\n')
  log(`wrote ${RESULTS}`)
  return env.BENCH_STRICT === '1' && missed.length ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[bench] ${err.stack || err.message}`)
    process.exit(1)
  },
)

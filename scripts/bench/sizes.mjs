/**
 * Size figures read from finished builds: weapp package sizes per root, mock-code markers,
 * and the H5 first-load JavaScript.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { KB } from './util.mjs'

export const TARGETS = { mainPackage: 450 * KB, subPackage: 500 * KB, h5FirstLoadJsGzip: 120 * KB }

/**
 * Strings only mock code carries, chosen to survive minification (identifiers like
 * createMockBackend do not): the mock store's storage prefix, a seeded user id, the msw worker
 * URL, and msw's own log prefix / worker protocol message.
 */
export const MOCK_MARKERS = ['ssp-mock:', 'u-resident-1', 'mockServiceWorker', '[MSW]', 'MOCK_ACTIVATE']
const TEXT_EXTENSIONS = new Set(['.js', '.json', '.wxml', '.wxss', '.wxs', '.html', '.css', '.txt', '.map'])
/** Developer-tools settings, not part of the uploaded code package. */
const NOT_PACKAGED = new Set(['project.config.json', 'project.private.config.json'])

function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    if (d.isDirectory()) return walk(full, base)
    return [{ rel: path.relative(base, full).split(path.sep).join('/'), full, bytes: statSync(full).size }]
  })
}

/** Bytes of the main package (everything outside the subpackage roots of app.json) and of each root. */
export function weappPackages(dir) {
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

/** { marker: [files] } for every mock marker (or a shipped msw worker file) found under dir. */
export function findMockMarkers(dir) {
  const hits = {}
  for (const f of walk(dir)) {
    if (f.rel.endsWith('mockServiceWorker.js')) (hits['mockServiceWorker.js (file)'] ??= []).push(f.rel)
    if (!TEXT_EXTENSIONS.has(path.extname(f.rel))) continue
    const text = readFileSync(f.full, 'utf8')
    for (const marker of MOCK_MARKERS) if (text.includes(marker)) (hits[marker] ??= []).push(f.rel)
  }
  return hits
}

const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length

/** The scripts index.html loads (what every first visit runs before any page), gzip -9, summed. */
export function h5FirstLoad(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1])
  const files = srcs
    .filter((src) => !/^(?:[a-z]+:)?\/\//i.test(src)) // a CDN script is not ours to measure
    .map((src) => {
      const raw = readFileSync(path.join(dir, src.replace(/^\//, '').split(/[?#]/)[0]))
      return { src, bytes: raw.length, gzip: gzipSize(raw) }
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

/** gzip -9 size of a file of the build, by its URL path (/js/66.3dc0ee8b.js). */
export function gzipOf(dir, urlPath) {
  return gzipSize(readFileSync(path.join(dir, urlPath.replace(/^\//, ''))))
}

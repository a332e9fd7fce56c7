#!/usr/bin/env node
/**
 * Zero-dependency static server for a built H5 folder.
 *
 *   node scripts/serve.mjs <dir>          PORT (default 10086), HOST (default 127.0.0.1)
 *   import { startServer } from './serve.mjs'; await startServer({ dir, port: 0 })
 *
 * - brotli / gzip negotiated from Accept-Encoding; compressed bytes are made once per file
 *   version (size + mtime) and kept in memory.
 * - single-page fallback to index.html, only for paths whose last segment has no extension.
 * - /mockServiceWorker.js is JavaScript or a 404, never the fallback: msw refuses a worker
 *   that answers with HTML, and a cached HTML "worker" breaks the H5 mock until it is cleared.
 * - hashed assets under /js, /css, /static are immutable for a year; everything else (index.html,
 *   the worker) is `no-cache`, so a new build shows up on reload.
 */
import { createServer } from 'node:http'
import { promises as fsp } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

const WORKER_PATH = '/mockServiceWorker.js'
const DEFAULT_PORT = 10086
const DEFAULT_HOST = '127.0.0.1'
/** Smaller bodies are not worth a Content-Encoding header. */
const MIN_COMPRESS_BYTES = 1024

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
}
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.cjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.xml',
  '.svg',
  '.wasm',
  '.ttf',
  '.otf',
  '.eot',
  '.ico',
])

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'
/** /js/app.1a2b3c4d.js, /static/images/logo.0f9e8d7c.png, /css/app.deadbeef.css */
const HASHED_ASSET = /^\/(?:js|css|static)\/(?:.+\/)?[^/]+[.-][0-9a-f]{8,}\.[a-z0-9]+$/i

/**
 * The encodings an Accept-Encoding header allows, best first: brotli before gzip at equal q;
 * q=0 refuses one. [] means identity only.
 */
export function acceptedEncodings(header) {
  if (!header) return []
  const q = new Map()
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    let weight = 1
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)
      if (m) weight = Number(m[1])
    }
    q.set(name, Number.isFinite(weight) ? weight : 0)
  }
  const weightOf = (enc) => q.get(enc) ?? (q.has('*') ? q.get('*') : 0)
  return ['br', 'gzip'].filter((enc) => weightOf(enc) > 0).sort((x, y) => weightOf(y) - weightOf(x))
}

function compress(body) {
  const variants = {
    gzip: gzip(body, { level: 9 }),
    br: brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  }
  const ready = {}
  for (const [enc, promise] of Object.entries(variants)) {
    variants[enc] = promise.then(
      (bytes) => (ready[enc] = bytes),
      () => null,
    )
  }
  return { variants, ready }
}

/**
 * Reads and compresses each file version once (keyed by path, invalidated by size and mtime).
 * Compression runs on libuv's thread pool; brotli 11 takes seconds on a large bundle, so
 * until it is done a client that also takes gzip gets gzip (tens of milliseconds).
 */
function createFileCache() {
  const entries = new Map()
  return async function load(file) {
    const stat = await fsp.stat(file).catch(() => null)
    if (!stat || !stat.isFile()) return null
    const version = `${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}`
    const hit = entries.get(file)
    if (hit && hit.version === version) return hit.entry
    const entry = fsp.readFile(file).then((body) => {
      const ext = path.extname(file).toLowerCase()
      const compressible = COMPRESSIBLE.has(ext) && body.length >= MIN_COMPRESS_BYTES
      return {
        body,
        ext,
        mtime: stat.mtime,
        etag: `"${version}"`,
        compressible,
        ...(compressible ? compress(body) : { variants: {}, ready: {} }),
      }
    })
    entries.set(file, { version, entry })
    entry.catch(() => entries.delete(file))
    return entry
  }
}

/** Maps a URL path to a file inside root, or null when it escapes root or is malformed. */
function toFsPath(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded))
  if (file !== root && !file.startsWith(root + path.sep)) return null
  return file
}

function hasExtension(urlPath) {
  const last = urlPath.slice(urlPath.lastIndexOf('/') + 1)
  return last.includes('.')
}

function cacheControlFor(urlPath) {
  if (urlPath === WORKER_PATH) return REVALIDATE
  return HASHED_ASSET.test(urlPath) ? IMMUTABLE : REVALIDATE
}

function sendText(req, res, status, text) {
  const body = Buffer.from(text + '\n')
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

async function sendEntry(req, res, entry, urlPath) {
  const headers = {
    'Content-Type': TYPES[entry.ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControlFor(urlPath),
    'Last-Modified': entry.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
  }
  if (entry.compressible) headers.Vary = 'Accept-Encoding'

  let body = entry.body
  let etag = entry.etag
  const accepted = entry.compressible ? acceptedEncodings(req.headers['accept-encoding']) : []
  const encoding =
    accepted.find((enc) => entry.ready[enc]) ?? (accepted.includes('gzip') ? 'gzip' : accepted[0])
  if (encoding) {
    const compressed = await entry.variants[encoding]
    if (compressed && compressed.length < body.length) {
      body = compressed
      headers['Content-Encoding'] = encoding
      etag = `${entry.etag.slice(0, -1)}-${encoding}"`
    }
  }
  headers.ETag = etag

  const inm = req.headers['if-none-match']
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    delete headers['Content-Encoding']
    res.writeHead(304, headers)
    res.end()
    return
  }
  headers['Content-Length'] = body.length
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Files under dir worth compressing ahead of the first request. */
async function compressibleFiles(dir) {
  const found = []
  for (const d of await fsp.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, d.name)
    if (d.isDirectory()) found.push(...(await compressibleFiles(full)))
    else if (COMPRESSIBLE.has(path.extname(d.name).toLowerCase())) found.push(full)
  }
  return found
}

function createHandler(root) {
  const load = createFileCache()
  const indexFile = path.join(root, 'index.html')

  /** Compresses every text asset in the background, one file at a time, so a first visit is fast. */
  async function warm() {
    for (const file of await compressibleFiles(root)) {
      const entry = await load(file).catch(() => null)
      if (entry?.compressible) await Promise.all(Object.values(entry.variants))
    }
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      return sendText(req, res, 405, 'Method Not Allowed')
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname

    // The worker is a file or a 404 — never index.html.
    if (urlPath === WORKER_PATH) {
      const entry = await load(path.join(root, 'mockServiceWorker.js'))
      return entry ? sendEntry(req, res, entry, urlPath) : sendText(req, res, 404, 'Not Found')
    }

    const file = toFsPath(root, urlPath)
    if (!file) return sendText(req, res, 400, 'Bad Request')

    let entry = urlPath.endsWith('/') ? null : await load(file)
    let servedAs = urlPath
    if (!entry) {
      const dirIndex = await load(path.join(file, 'index.html'))
      if (dirIndex) {
        entry = dirIndex
        servedAs = '/index.html'
      }
    }
    if (!entry && !hasExtension(urlPath)) {
      entry = await load(indexFile)
      servedAs = '/index.html'
    }
    if (!entry) return sendText(req, res, 404, 'Not Found')
    return sendEntry(req, res, entry, servedAs)
  }

  return { handle, warm }
}

/**
 * Serves `dir` on host:port (port 0 picks a free one).
 * Resolves to { port, host, url, server, close() } once listening.
 */
export async function startServer({ dir, port = DEFAULT_PORT, host = DEFAULT_HOST } = {}) {
  if (!dir) throw new Error('startServer: dir is required')
  const root = path.resolve(dir)
  const stat = await fsp.stat(path.join(root, 'index.html')).catch(() => null)
  if (!stat?.isFile()) throw new Error(`startServer: ${root}/index.html not found — build the H5 app first`)

  const { handle, warm } = createHandler(root)
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('[serve]', req.method, req.url, err)
      if (!res.headersSent) sendText(req, res, 500, 'Internal Server Error')
      else res.destroy(err)
    })
  })
  server.keepAliveTimeout = 5000

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(Number(port), host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const bound = server.address().port
  warm().catch(() => {})
  return {
    port: bound,
    host,
    url: `http://localhost:${bound}/`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections?.()
      }),
  }
}

async function main() {
  const dir = process.argv[2]
  if (!dir) {
    console.error('usage: node scripts/serve.mjs <dir>   (PORT, HOST env; default 10086, 127.0.0.1)')
    process.exit(2)
  }
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: invalid PORT ${JSON.stringify(process.env.PORT)}`)
    process.exit(2)
  }
  let running
  try {
    running = await startServer({ dir, port, host: process.env.HOST || DEFAULT_HOST })
  } catch (err) {
    console.error(
      `serve: ${err.code === 'EADDRINUSE' ? `port ${port} is already in use (set PORT)` : err.message}`,
    )
    process.exit(1)
  }
  console.log(running.url)
  const stop = () => running.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main()
}

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * The core of the mock runs inside WeChat's JS runtime (in-process transport), which has none
 * of the fetch-API globals and no Node built-ins. Only the bindings may use them.
 */
const MOCK_DIR = join(__dirname, '../../../mock')
const BINDINGS = join(MOCK_DIR, 'bindings')
const MISSING_IN_WECHAT = [
  'URL',
  'URLSearchParams',
  'Request',
  'Response',
  'Headers',
  'TextEncoder',
  'TextDecoder',
  'AbortController',
  'Blob',
  'FormData',
  'ReadableStream',
  'fetch',
  'structuredClone',
  'crypto',
  'Buffer',
  'process',
  'require',
]

function coreFiles(dir = MOCK_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return path === BINDINGS ? [] : coreFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/ .*$/gm, '')
}

describe('mock core in the WeChat runtime', () => {
  const files = coreFiles()

  it('finds the core files', () => {
    expect(files.map((f) => relative(MOCK_DIR, f))).toEqual(
      expect.arrayContaining(['router.ts', 'routes/auth.ts']),
    )
  })

  it('imports only the contract, zod and its own modules', () => {
    for (const file of files) {
      const source = readFileSync(file, 'utf8')
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
        const ok =
          spec === 'zod' ||
          /^\.\.?\/(\.\.\/)*src\/contract(\/|$)/.test(spec) ||
          (spec.startsWith('.') && !spec.includes('bindings'))
        expect([relative(MOCK_DIR, file), spec, ok]).toEqual([relative(MOCK_DIR, file), spec, true])
      }
    }
  })

  it('uses none of the globals WeChat lacks', () => {
    const pattern = new RegExp(`(?<![\\w.'"])(${MISSING_IN_WECHAT.join('|')})\\b(?!['":])`)
    for (const file of files) {
      const hit = pattern.exec(withoutComments(readFileSync(file, 'utf8')))
      expect([relative(MOCK_DIR, file), hit?.[0] ?? null]).toEqual([relative(MOCK_DIR, file), null])
    }
  })

  it('runs a login and a reverse geocode with those globals deleted', async () => {
    const g = globalThis as Record<string, unknown>
    // the web globals; Node's own (crypto, Buffer, process, require) stay, the test needs them to run
    const hidden = MISSING_IN_WECHAT.slice(0, MISSING_IN_WECHAT.indexOf('crypto'))
    const saved = new Map(hidden.map((k) => [k, g[k]]))
    let backendModule: typeof import('../../../mock/backend') | undefined
    let transportModule: typeof import('../../../mock/bindings/inprocess') | undefined
    try {
      for (const k of hidden) delete g[k]
      expect(typeof g.URL).toBe('undefined')
      jest.isolateModules(() => {
        // a fresh module registry is only reachable through require(): import() would reuse the cached modules
        /* eslint-disable @typescript-eslint/no-require-imports */
        backendModule = require('../../../mock/backend')
        transportModule = require('../../../mock/bindings/inprocess')
        /* eslint-enable @typescript-eslint/no-require-imports */
      })
      const send = transportModule!.createInProcessTransport(backendModule!.createMockBackend())
      const login = await send({
        method: 'POST',
        path: '/auth/login',
        query: {},
        headers: {},
        body: { code: 'wx-code' },
      })
      expect(login.status).toBe(200)
      const token = (login.body as { token: string }).token
      const geo = await send({
        method: 'GET',
        path: '/geo/reverse',
        query: { lat: '34.7454', lng: '113.6314' },
        headers: { authorization: `Bearer ${token}` },
      })
      expect(geo.body).toMatchObject({ communityName: '创业路社区' })
      const bad = await send({
        method: 'PATCH',
        path: '/me',
        query: {},
        headers: { authorization: `Bearer ${token}` },
        body: {},
      })
      expect(bad.status).toBe(400)
    } finally {
      for (const [k, v] of saved) g[k] = v
    }
  })
})

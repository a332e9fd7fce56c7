/**
 * The BUILT weapp mock bundle (WEAPP_DIST, default .build/weapp-mock) loads and launches in a
 * runtime as bare as WeChat's: no fetch-API globals, no network. Launch must log in through
 * the embedded mock backend, in-process, without a single wx.request.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { createMiniProgram, WEB_GLOBALS } from './lib/mini-program.mjs'

const DIST = path.resolve(process.env.WEAPP_DIST ?? '.build/weapp-mock')
/** Where src/api/session.ts keeps the session: a JSON string with `token`. */
const SESSION_KEY = 'ssp:session'
const LOGIN_TIMEOUT_MS = 5000

let mp
let appJson

function diagnostics() {
  const lines = [
    `wx.request calls: ${JSON.stringify(mp.requests)}`,
    `storage keys: ${[...mp.storage.keys()].join(', ') || '(none)'}`,
  ]
  if (mp.wxMisses.size) lines.push(`wx members read but not stubbed: ${[...mp.wxMisses].join(', ')}`)
  return lines.join('\n')
}

before(() => {
  assert.ok(
    existsSync(path.join(DIST, 'app.js')),
    `${DIST}/app.js missing: build with OUTPUT_ROOT=.build/weapp-mock npx taro build --type weapp`,
  )
  appJson = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8'))
  mp = createMiniProgram({ dist: DIST })
})

after(() => mp?.dispose())

test('the context has none of the web globals WeChat lacks', () => {
  const present = WEB_GLOBALS.filter((name) => mp.evaluate(`typeof ${name}`) !== 'undefined')
  assert.deepEqual(present, [], `present in the vm context: ${present.join(', ')}`)
})

test('app.js loads and registers the app with App()', () => {
  mp.load('app.js')
  assert.ok(mp.registered.app, `app.js did not call App()\n${diagnostics()}`)
  assert.equal(typeof mp.registered.app.onLaunch, 'function', 'App() options have no onLaunch')
})

test('onLaunch logs in through the in-process mock backend, with no wx.request', async () => {
  const app = mp.registered.app
  assert.ok(app, 'App() was not registered')
  const launchOptions = { path: appJson.pages[0], query: {}, scene: 1001, referrerInfo: {} }
  app.onLaunch.call(app, launchOptions)
  app.onShow?.call(app, launchOptions)

  let raw
  const deadline = Date.now() + LOGIN_TIMEOUT_MS
  while (Date.now() < deadline) {
    raw = mp.storage.get(SESSION_KEY)
    if (raw || mp.requests.length) break
    await sleep(25)
  }
  assert.ok(raw, `no "${SESSION_KEY}" in storage ${LOGIN_TIMEOUT_MS} ms after onLaunch\n${diagnostics()}`)
  const session = typeof raw === 'string' ? JSON.parse(raw) : raw
  assert.equal(typeof session.token, 'string', `"${SESSION_KEY}" has no token: ${String(raw).slice(0, 200)}`)
  assert.ok(session.token.length > 0, 'empty session token')
  assert.deepEqual(mp.requests, [], `the bundle went to the network\n${diagnostics()}`)
})

test('the first page module registers with Page()', () => {
  const first = appJson.pages[0]
  const before = mp.registered.pages.length
  mp.load(`${first}.js`)
  assert.equal(mp.registered.pages.length, before + 1, `${first}.js did not call Page()\n${diagnostics()}`)
  const page = mp.registered.pages.at(-1)
  assert.equal(typeof page.onLoad, 'function', `${first}: Page() options have no onLoad`)
  assert.deepEqual(mp.requests, [], `loading ${first} went to the network\n${diagnostics()}`)
})

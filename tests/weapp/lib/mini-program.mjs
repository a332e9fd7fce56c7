/**
 * A bare stand-in for WeChat's app-service JS runtime, to load a BUILT weapp bundle in node:vm.
 *
 * The context has ES built-ins and what WeChat gives an app: `wx`, App/Page/Component,
 * getApp/getCurrentPages/requirePlugin, console and timers. Nothing from the web platform
 * (fetch, Request, URL, TextEncoder, AbortController, ...): WeChat has none of it, so a bundle
 * that needs one at load or at launch fails here the way it would fail on a phone.
 *
 * `wx` holds only what Taro's runtime and the app touch; `wxMisses` lists any other wx member
 * read, so a new dependency shows up in the failure message instead of as `undefined()`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

/** Web-platform globals WeChat lacks; each must be `undefined` in the fresh context. */
export const WEB_GLOBALS = [
  'Request',
  'Response',
  'Headers',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'ReadableStream',
  'AbortController',
  'AbortSignal',
  'EventTarget',
  'Event',
  'BroadcastChannel',
  'MessageChannel',
  'Blob',
  'FormData',
  'fetch',
  'XMLHttpRequest',
  'structuredClone',
  'queueMicrotask',
  'window',
  'document',
  'navigator',
  'localStorage',
  // Node's, not WeChat's
  'process',
  'Buffer',
  'require',
  'module',
]

const SYSTEM_INFO = {
  brand: 'devtools',
  model: 'iPhone 12/13 (Pro)',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 844,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.5',
  system: 'iOS 15.0',
  platform: 'devtools',
  SDKVersion: '3.7.0',
  theme: 'light',
  safeArea: { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 },
}

/** Calls the wx-style callbacks of `opts` asynchronously, as WeChat does. */
function settle(opts, ok, result) {
  setTimeout(() => {
    if (ok) opts?.success?.(result)
    else opts?.fail?.(result)
    opts?.complete?.(result)
  }, 0)
}

export function createMiniProgram({ dist: distDir }) {
  const dist = path.resolve(distDir)
  const storage = new Map()
  const requests = []
  const wxMisses = new Set()
  const registered = { app: null, pages: [], components: [] }
  const pageStack = []

  // Launch calls getStorageSync, setStorageSync and login; the rest are the storage and
  // system-info basics the first page touches. Taro only wraps wx members that exist, so a
  // missing one surfaces as a Taro.x that is undefined — wxMisses records what was looked up
  // (Taro itself probes env, cloud and creates webpackJsonp: harmless).
  const wxStub = {
    // Taro reads system info lazily (rpx/px conversion, safe area).
    getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
    // Taro.*StorageSync → wx.*StorageSync: the session and the mock store's slices live here.
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => void storage.set(key, value),
    removeStorageSync: (key) => void storage.delete(key),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    // Taro.login → wx.login: the weapp mock build logs in with this code.
    login: (opts) => settle(opts, true, { code: 'wx-code-1', errMsg: 'login:ok' }),
    // The embedded backend must answer in-process: a network call is recorded and fails.
    request: (opts) => {
      requests.push({ url: opts?.url, method: opts?.method ?? 'GET' })
      settle(opts, false, { errMsg: 'request:fail the weapp bundle-load test has no network' })
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
    },
  }

  const wx = new Proxy(wxStub, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && !(prop in target)) wxMisses.add(prop)
      return Reflect.get(target, prop, receiver)
    },
  })

  // WeChat timers return numbers; keep the handles unref'd so a pending app timer (query gc,
  // mock clock) never keeps the test process alive.
  let nextTimerId = 1
  const timers = new Map()
  const addTimer = (kind, fn, ms, args) => {
    const id = nextTimerId++
    const handle = (kind === 'interval' ? setInterval : setTimeout)(() => {
      if (kind === 'timeout') timers.delete(id)
      fn(...args)
    }, ms)
    handle.unref()
    timers.set(id, handle)
    return id
  }
  const clearTimer = (id) => {
    const handle = timers.get(id)
    if (handle) clearTimeout(handle)
    timers.delete(id)
  }

  const sandbox = {
    wx,
    App: (options) => {
      if (registered.app) throw new Error('App() called twice')
      registered.app = options
    },
    Page: (options) => void registered.pages.push(options),
    Component: (options) => void registered.components.push(options),
    getApp: () => registered.app,
    getCurrentPages: () => [...pageStack],
    requirePlugin: (name) => {
      throw new Error(`requirePlugin(${name}): no plugins in the bundle-load test`)
    },
    console,
    setTimeout: (fn, ms = 0, ...args) => addTimer('timeout', fn, ms, args),
    clearTimeout: clearTimer,
    setInterval: (fn, ms = 0, ...args) => addTimer('interval', fn, ms, args),
    clearInterval: clearTimer,
  }
  const context = vm.createContext(sandbox, { name: 'weapp app-service' })

  /** WeChat's module system: one function scope per file, require() relative to the file. */
  const modules = new Map()
  function requireFrom(dir) {
    return (spec) => {
      const rel = spec.startsWith('/') ? spec.slice(1) : path.relative(dist, path.resolve(dir, spec))
      return load(rel.endsWith('.js') ? rel : `${rel}.js`)
    }
  }
  function load(rel) {
    const file = path.resolve(dist, rel)
    if (!file.startsWith(dist + path.sep)) throw new Error(`require outside the bundle: ${rel}`)
    const cached = modules.get(file)
    if (cached) return cached.exports
    const module = { exports: {} }
    modules.set(file, module)
    const source = readFileSync(file, 'utf8')
    const fn = vm.runInContext(`(function (require, module, exports) {${source}\n})`, context, {
      filename: file,
    })
    fn.call(undefined, requireFrom(path.dirname(file)), module, module.exports)
    return module.exports
  }

  return {
    context,
    storage,
    requests,
    wxMisses,
    registered,
    pageStack,
    /** Evaluates an expression inside the mini-program context. */
    evaluate: (code) => vm.runInContext(code, context),
    /** Loads a bundle file (path relative to dist, e.g. 'app.js'). */
    load,
    /** Cancels every timer the app left behind. */
    dispose() {
      for (const handle of timers.values()) clearTimeout(handle)
      timers.clear()
    },
  }
}

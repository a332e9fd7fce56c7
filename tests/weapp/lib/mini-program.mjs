/**
 * A stand-in for WeChat's app-service JS runtime, to run a BUILT weapp bundle in node:vm.
 *
 * The context has ES built-ins and what WeChat gives an app: `wx`, App/Page/Component,
 * getApp/getCurrentPages/requirePlugin, console and timers. Nothing from the web platform
 * (fetch, Request, URL, TextEncoder, AbortController, ...): WeChat has none of it, so a bundle
 * that needs one fails here the way it would fail on a phone.
 *
 * Pages are instantiated as WeChat does it (lib/page.mjs): Page() options copied onto an
 * instance, onLoad(query) → onShow → onReady, setData merged path by path; navigateTo,
 * redirectTo, switchTab, reLaunch and navigateBack keep a page stack with tab pages alive.
 * `wx` is lib/wechat.mjs; `wxMisses` lists any other wx member read, so a new dependency
 * shows up in the failure message instead of as `undefined()`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { createPage, readTemplates } from './page.mjs'
import { createFileSystem } from './file-system.mjs'
import { createWechat } from './wechat.mjs'

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

/** Where the app keeps its session and the developer panel's login code (src/api, src/platform). */
export const SESSION_KEYS = ['ssp:session', 'ssp:login-code']

/** `/packages/resident/pages/ticket/index?id=t-1` → { route: 'packages/resident/pages/ticket/index', query: { id: 't-1' } }; values stay encoded, as WeChat hands them over. */
export function parseUrl(url) {
  const [p, qs = ''] = url.replace(/^\//, '').split('?')
  const query = {}
  for (const pair of qs.split('&').filter(Boolean)) {
    const i = pair.indexOf('=')
    query[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? '' : pair.slice(i + 1)
  }
  return { route: p, query }
}

/**
 * @param {object} o
 * @param {string} o.dist the built weapp (e.g. .build/weapp-mock)
 * @param {Map} [o.storage] WeChat storage; pass one Map to several runtimes to keep the mock's data
 * @param {string} [o.loginCode] what wx.login answers (`dev:u-grid-1` logs in as that user)
 */
export function createMiniProgram({
  dist: distDir,
  storage = new Map(),
  fs = createFileSystem(),
  loginCode,
} = {}) {
  const dist = path.resolve(distDir)
  const appJson = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const tabRoutes = new Set((appJson.tabBar?.list ?? []).map((t) => t.pagePath))
  const allRoutes = new Set([
    ...appJson.pages,
    ...(appJson.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`)),
  ])
  let templates
  const wxMisses = new Set()
  const errors = []
  const registered = { app: null, pages: [], components: [] }
  const pageOptions = new Map()
  /** the page stack, bottom first; tab pages that are not on the stack stay alive here */
  const stack = []
  const liveTabs = new Map()
  const routeListeners = new Set()
  let tapping = false

  const router = {
    navigateTo: async ({ url }) => {
      const { route, query } = parseUrl(url)
      if (tabRoutes.has(route)) throw new Error('can not navigateTo a tabbar page')
      if (stack.length >= 10) throw new Error('webview count limit exceed')
      hide(stack.at(-1))
      await show(open(route, query), 'navigateTo')
      return {}
    },
    redirectTo: async ({ url }) => {
      const { route, query } = parseUrl(url)
      if (tabRoutes.has(route)) throw new Error('can not redirectTo a tabbar page')
      unload(stack.pop())
      await show(open(route, query), 'redirectTo')
      return {}
    },
    switchTab: async ({ url }) => {
      const { route } = parseUrl(url)
      if (!tabRoutes.has(route)) throw new Error(`can not switch to no-tabBar page`)
      closeAllBut(route)
      const page = liveTabs.get(route)
      if (page) {
        stack.push(page)
        await show(page, 'switchTab', { reshow: true })
      } else await show(open(route, {}), 'switchTab')
      return {}
    },
    reLaunch: async ({ url }) => {
      const { route, query } = parseUrl(url)
      closeAllBut(null)
      await show(open(route, query), 'reLaunch')
      return {}
    },
    navigateBack: async ({ delta = 1 } = {}) => {
      if (stack.length <= 1) throw new Error('cannot navigate back at first page.')
      for (let i = 0; i < delta && stack.length > 1; i++) unload(stack.pop())
      await show(stack.at(-1), 'navigateBack', { reshow: true })
      return {}
    },
    isTabPageOnTop: () => tabRoutes.has(stack.at(-1)?.route),
    onRoute: (l) => void routeListeners.add(l),
    offRoute: (l) => void routeListeners.delete(l),
  }

  const wechat = createWechat({ appJson, storage, fs, router, isTapping: () => tapping })
  if (loginCode) wechat.answers.loginCode = loginCode
  const wx = new Proxy(wechat.wx, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && !(prop in target)) wxMisses.add(prop)
      return Reflect.get(target, prop, receiver)
    },
  })

  // WeChat timers return numbers; keep the handles unref'd so a pending app timer (query gc,
  // mock clock) never keeps the test process alive. A throw inside one is the app's error.
  let nextTimerId = 1
  const timers = new Map()
  const addTimer = (kind, fn, ms, args) => {
    const id = nextTimerId++
    const handle = (kind === 'interval' ? setInterval : setTimeout)(() => {
      if (kind === 'timeout') timers.delete(id)
      try {
        fn(...args)
      } catch (e) {
        errors.push(e)
      }
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
  const appConsole = Object.create(console, {
    error: {
      value: (...args) => {
        errors.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '))
        if (process.env.WEAPP_DEBUG) console.error(...args)
      },
    },
    warn: { value: (...args) => process.env.WEAPP_DEBUG && console.warn(...args) },
  })

  const sandbox = {
    wx,
    App: (options) => {
      if (registered.app) throw new Error('App() called twice')
      registered.app = options
    },
    Page: (options) => void registered.pages.push(options),
    Component: (options) => void registered.components.push(options),
    getApp: () => registered.app,
    getCurrentPages: () => stack.map((p) => p.instance),
    requirePlugin: (name) => {
      throw new Error(`requirePlugin(${name}): no plugins in this bundle`)
    },
    console: appConsole,
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

  function optionsFor(route) {
    if (!allRoutes.has(route)) throw new Error(`page "${route}" is not found`)
    if (!pageOptions.has(route)) {
      const before = registered.pages.length
      load(`${route}.js`)
      if (registered.pages.length !== before + 1) throw new Error(`${route}.js did not call Page()`)
      pageOptions.set(route, registered.pages.at(-1))
    }
    return pageOptions.get(route)
  }

  const asTap = (fn) => {
    tapping = true
    try {
      fn()
    } finally {
      tapping = false
    }
  }

  function open(route, query) {
    templates ??= readTemplates(dist)
    const page = createPage({ options: optionsFor(route), route, query, templates, asTap })
    stack.push(page)
    if (tabRoutes.has(route)) {
      liveTabs.set(route, page)
      if (appJson.tabBar?.custom) attachTabBar(page)
    }
    page.instance.onLoad?.call(page.instance, { ...query })
    return page
  }

  /**
   * `tabBar.custom`: WeChat gives every tab page its own instance of the app's
   * custom-tab-bar component (Component() options: data, methods, attached / detached),
   * attached with the page before its onLoad; `page.tabBar` is its view, `getTabBar()` the instance.
   */
  let tabBarOptions
  let nextPageId = 1
  function attachTabBar(page) {
    if (!tabBarOptions) {
      const before = registered.components.length
      load('custom-tab-bar/index.js')
      if (registered.components.length !== before + 1)
        throw new Error('custom-tab-bar/index.js did not call Component()')
      tabBarOptions = registered.components.at(-1)
    }
    const { methods = {}, data = {}, lifetimes = {} } = tabBarOptions
    const options = { ...methods, data }
    const view = createPage({ options, route: 'custom-tab-bar/index', query: {}, templates, asTap })
    const pageId = `pageId:${nextPageId++}`
    view.instance.getPageId = () => pageId
    view.detach = () => (lifetimes.detached ?? tabBarOptions.detached)?.call(view.instance)
    page.tabBar = view
    page.instance.getTabBar = () => view.instance
    ;(lifetimes.attached ?? tabBarOptions.attached)?.call(view.instance)
  }
  function unloadTab(page) {
    page.instance.onUnload?.call(page.instance)
    page.tabBar?.detach()
  }
  async function show(page, openType, { reshow = false } = {}) {
    page.instance.onShow?.call(page.instance)
    if (!reshow) setTimeout(() => page.instance.onReady?.call(page.instance), 0)
    routeListeners.forEach((l) => l({ path: page.route, query: page.query, openType }))
    return page
  }
  function hide(page) {
    page?.instance.onHide?.call(page.instance)
  }
  function unload(page) {
    if (!page) return
    if (tabRoutes.has(page.route)) hide(page)
    else page.instance.onUnload?.call(page.instance)
  }
  /** switchTab and reLaunch: every non-tab page closes; reLaunch closes the tab pages too. */
  function closeAllBut(keepRoute) {
    while (stack.length) {
      const page = stack.pop()
      if (keepRoute === null && tabRoutes.has(page.route)) {
        unloadTab(page)
        liveTabs.delete(page.route)
      } else unload(page)
    }
    if (keepRoute === null) {
      for (const page of liveTabs.values()) unloadTab(page)
      liveTabs.clear()
    }
  }

  return {
    appJson,
    context,
    storage,
    fs,
    wx: wechat.wx,
    answers: wechat.answers,
    log: wechat.log,
    requests: wechat.log.requests,
    errors,
    wxMisses,
    registered,
    pageStack: stack,
    tabRoutes,
    allRoutes,
    /** Evaluates an expression inside the mini-program context. */
    evaluate: (code) => vm.runInContext(code, context),
    /** Loads a bundle file (path relative to dist, e.g. 'app.js'). */
    load,
    /** Loads app.js and runs onLaunch / onShow as WeChat does for a cold start. */
    launch({ path: launchPath = appJson.pages[0], query = {}, scene = 1001 } = {}) {
      load('app.js')
      const app = registered.app
      if (!app) throw new Error('app.js did not call App()')
      const launchOptions = { path: launchPath, query, scene, referrerInfo: {} }
      app.onLaunch?.call(app, launchOptions)
      app.onShow?.call(app, launchOptions)
    },
    /** Opens a page the way a cold start, a share card or a scanned code does (reLaunch). */
    async open(url) {
      await router.reLaunch({ url })
      return stack.at(-1)
    },
    /** The page on top of the stack. */
    get page() {
      return stack.at(-1)
    },
    /** Cancels every timer the app left behind. */
    dispose() {
      for (const handle of timers.values()) clearTimeout(handle)
      timers.clear()
    },
  }
}

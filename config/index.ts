import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import type WebpackChain from 'webpack-chain'
import { RoutePreloadPlugin } from './route-preload-plugin'
import { ShellWorkerPlugin } from './shell-worker-plugin'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * Build switches (see README):
 *   API_MODE      mock (default): the mock backend is compiled in; http: a real backend at API_BASE_URL
 *   API_BASE_URL  origin of the real backend in http mode; the client appends /api/v1
 *   OUTPUT_ROOT   override the output folder (the benchmark and e2e build into their own folders)
 *   WX_SUBSCRIBE_TEMPLATES  comma-separated WeChat subscribe-message template ids (ticket updates)
 *   SOURCE_MAPS=1 hidden source maps next to a production build, to see which module costs what
 *   SOURCE_ROOT   another app folder built with this same config (`npm run bench` builds its
 *                 one-page floor, scripts/bench/floor, this way)
 */
const API_MODE = process.env.API_MODE === 'http' ? 'http' : 'mock'
const API_BASE_URL = (process.env.API_BASE_URL ?? '').replace(/\/+$/, '')
if (API_MODE === 'http' && !/^https?:\/\/[^/]+$/.test(API_BASE_URL)) {
  throw new Error('API_MODE=http 需要 API_BASE_URL（后端源地址，如 https://api.example.com）')
}
const IS_H5 = process.env.TARO_ENV === 'h5'
const OUTPUT_ROOT = process.env.OUTPUT_ROOT || (IS_H5 ? 'dist-h5' : 'dist')
const MOCK_DIR = path.resolve(__dirname, '..', 'mock')
/**
 * zod's classic schemas carry `toJSONSchema` and its processors (18 KB minified) into every
 * bundle; only the OpenAPI script uses them, in node. The app builds get small stand-ins
 * (config/zod-app) for that one importer, keeping `aggregateChecks`.
 */
const ZOD_JSON_SCHEMA = /[\\/]core[\\/](json-schema-processors|to-json-schema)\.js$/
function withoutZodJsonSchema(chain: WebpackChain, webpack: typeof import('webpack')) {
  chain.plugin('zod-without-json-schema').use(webpack.NormalModuleReplacementPlugin, [
    ZOD_JSON_SCHEMA,
    (resource: { request: string; contextInfo?: { issuer?: string } }) => {
      const issuer = resource.contextInfo?.issuer ?? ''
      if (!/[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/.test(issuer)) return
      const name = ZOD_JSON_SCHEMA.exec(resource.request)?.[1]
      if (name) resource.request = path.resolve(__dirname, 'zod-app', `${name}.js`)
    },
  ])
}

/**
 * zod's classic schemas set English messages (zod/v4/locales/en.js) as the default locale, but
 * src/contract/messages.ts answers every issue in Chinese first: the weapp build gets a one-line
 * stand-in (config/zod-app/locale-en.js) for that one importer.
 */
function withoutZodEnglish(chain: WebpackChain, webpack: typeof import('webpack')) {
  chain.plugin('zod-without-english').use(webpack.NormalModuleReplacementPlugin, [
    /[\\/]locales[\\/]en\.js$/,
    (resource: { request: string; contextInfo?: { issuer?: string } }) => {
      const issuer = resource.contextInfo?.issuer ?? ''
      if (!/[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/.test(issuer)) return
      resource.request = path.resolve(__dirname, 'zod-app', 'locale-en.js')
    },
  ])
}

/**
 * The contract's files only declare schemas and descriptors (but messages.ts, which sets zod's
 * Chinese messages): marked free of side effects, a build keeps only the domains its pages
 * call, so the weapp main package does not carry the schemas only a subpackage uses.
 */
function contractIsPure(chain: WebpackChain) {
  chain.module
    .rule('contract-is-pure')
    .test(/[\\/]src[\\/]contract[\\/](?!messages\.ts$)[^\\/]+\.ts$/)
    .set('sideEffects', false)
}

/**
 * Taro's mini-program terser settings turn off most of terser's compression and write every
 * Chinese character as `\\uXXXX` (6 bytes instead of 3): terser's own defaults instead, for the
 * syntax babel already emits (ES2020).
 */
const MINI_TERSER = {
  compress: {
    ecma: 2020,
    passes: 2,
    arrows: true,
    collapse_vars: true,
    comparisons: true,
    computed_props: true,
    hoist_props: true,
    inline: true,
    loops: true,
    negate_iife: true,
    properties: true,
    reduce_funcs: true,
    reduce_vars: true,
    switches: true,
    typeofs: true,
  },
  output: { ecma: 2020, ascii_only: false },
}

/** Plain class names: the styles are global sheets (src/styles), not CSS modules. */
const NO_CSS_MODULES = {
  enable: false,
  config: { namingPattern: 'module' as const, generateScopedName: '[name]__[local]___[hash:base64:5]' },
}

/** What `react-dom` is in the weapp build, which renders with Preact (see config/preact/react-dom.js). */
const PREACT_REACT_DOM = path.resolve(__dirname, 'preact', 'react-dom.js')

/** H5: Taro's component styles weigh less than the app's (config/h5/taro-css-below-ours.cjs says why) */
function taroCssBelowOurs(chain: WebpackChain) {
  chain.module
    .rule('taro-css-below-ours')
    .test(/[\\/]components-react[\\/]dist[\\/]index\.css$/)
    .enforce('pre')
    .use('below-ours')
    .loader(path.resolve(__dirname, 'h5', 'taro-css-below-ours.cjs'))
}

/** H5: Taro's React DOM View replaced by ours (config/h5/view.js says why) */
function viewWithItsClass(chain: WebpackChain, webpack: typeof import('webpack')) {
  chain
    .plugin('view-with-its-class')
    .use(webpack.NormalModuleReplacementPlugin, [
      /[\\/]components-react[\\/]dist[\\/]components[\\/]view[\\/]index\.js$/,
      path.resolve(__dirname, 'h5', 'view.js'),
    ])
}

const SOURCE_MAPS =
  process.env.SOURCE_MAPS === '1'
    ? { enableSourceMap: true, sourceMapType: 'hidden-source-map' as const }
    : {}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'suishoupai',
    date: '2026-11-28',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: process.env.SOURCE_ROOT || 'src',
    outputRoot: OUTPUT_ROOT,
    plugins: [],
    defineConstants: {
      API_MODE: JSON.stringify(API_MODE),
      API_BASE_URL: JSON.stringify(API_BASE_URL),
      SUBSCRIBE_TEMPLATE_IDS: JSON.stringify(
        (process.env.WX_SUBSCRIBE_TEMPLATES ?? '').split(',').filter(Boolean),
      ),
    },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: {
      // The msw worker must be served from the H5 root; only mock builds ship it.
      // The weapp map's marker icons are named by path in <Map markers>, never imported.
      patterns:
        IS_H5 && API_MODE === 'mock'
          ? [{ from: 'public/mockServiceWorker.js', to: `${OUTPUT_ROOT}/mockServiceWorker.js` }]
          : IS_H5
            ? []
            : [{ from: 'src/assets/map', to: `${OUTPUT_ROOT}/assets/map` }],
      options: {},
    },
    framework: IS_H5 ? 'react' : 'preact',
    // weapp: base.wxml spells out 8 levels of nesting instead of 16 (−21 KB of the main package);
    // deeper nodes render through Taro's recursive comp component
    baseLevel: 8,
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's H5 terser default (quote_keys) emits invalid `#"x"` for ES2022 private fields (msw has them).
    terser: { enable: true, config: IS_H5 ? { output: { quote_keys: false } } : MINI_TERSER },
    mini: {
      ...SOURCE_MAPS,
      compile: { include: [MOCK_DIR] },
      // base.wxml without whitespace between tags
      minifyXML: { collapseWhitespace: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: NO_CSS_MODULES,
      },
      webpackChain(chain, webpack) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        withoutZodJsonSchema(chain, webpack)
        withoutZodEnglish(chain, webpack)
        contractIsPure(chain)
        // (Taro's framework plugin aliases react-dom after this runs: the request is replaced instead)
        chain
          .plugin('preact-react-dom')
          .use(webpack.NormalModuleReplacementPlugin, [/^react-dom$/, PREACT_REACT_DOM])
      },
    },
    h5: {
      ...SOURCE_MAPS,
      // src/index.html opens the connection to an http build's backend while the scripts load
      htmlPluginOption: { apiOrigin: API_MODE === 'http' ? API_BASE_URL : '' },
      publicPath: '/',
      // Taro's React DOM components (a <div> for a View) instead of its web components, which
      // hydrate each element a frame after React made it: on a slow phone that was half a second
      // of a page's start-up (the jest tests render these same components)
      useHtmlComponents: true,
      staticDirectory: 'static',
      // Images as files, never base64 inside the JS (the tab-bar icons were 17 KB of app.js, the
      // first-load budget of `npm run bench`). Taro reads `limit` as a byte count: under 1 byte.
      imageUrlLoaderOption: { limit: 1 },
      compile: { include: [MOCK_DIR] },
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: NO_CSS_MODULES,
      },
      webpackChain(chain, webpack) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        withoutZodJsonSchema(chain, webpack)
        contractIsPure(chain)
        viewWithItsClass(chain, webpack)
        taroCssBelowOurs(chain)
        // Taro splits only the start-up chunks; pages load as chunks of their own, and without this
        // each page chunk carried its own copy of what pages share (Taro's components, the API client)
        // (a shared chunk under 20 KB stays in its pages: a page waits for a handful of scripts, not 30)
        chain.optimization.splitChunks({
          ...chain.optimization.get('splitChunks'),
          chunks: 'all',
          minSize: 20_000,
          maxAsyncRequests: 8,
        })
        // index.html fetches the opening page's chunks and the session services' beside app.js
        if (process.env.NODE_ENV === 'production') {
          chain.plugin('route-preload').use(RoutePreloadPlugin, [{ startup: ['app.tsx'] }])
        }
        // /sw.js: the app shell for offline use (and msw's worker in mock builds)
        chain
          .plugin('shell-worker')
          .use(ShellWorkerPlugin, [
            { precache: process.env.NODE_ENV === 'production', mock: API_MODE === 'mock' },
          ])
      },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})

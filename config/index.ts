import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import { ShellWorkerPlugin } from './shell-worker-plugin'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * Build switches (see README):
 *   API_MODE      mock (default): the mock backend is compiled in; http: a real backend at API_BASE_URL
 *   API_BASE_URL  origin of the real backend in http mode; the client appends /api/v1
 *   OUTPUT_ROOT   override the output folder (the benchmark and e2e build into their own folders)
 *   WX_SUBSCRIBE_TEMPLATES  comma-separated WeChat subscribe-message template ids (ticket updates)
 */
const API_MODE = process.env.API_MODE === 'http' ? 'http' : 'mock'
const API_BASE_URL = (process.env.API_BASE_URL ?? '').replace(/\/+$/, '')
if (API_MODE === 'http' && !/^https?:\/\/[^/]+$/.test(API_BASE_URL)) {
  throw new Error('API_MODE=http 需要 API_BASE_URL（后端源地址，如 https://api.example.com）')
}
const IS_H5 = process.env.TARO_ENV === 'h5'
const OUTPUT_ROOT = process.env.OUTPUT_ROOT || (IS_H5 ? 'dist-h5' : 'dist')
const MOCK_DIR = path.resolve(__dirname, '..', 'mock')

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'suishoupai',
    date: '2026-11-28',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: OUTPUT_ROOT,
    plugins: [],
    defineConstants: {
      API_MODE: JSON.stringify(API_MODE),
      API_BASE_URL: JSON.stringify(API_BASE_URL),
      SUBSCRIBE_TEMPLATE_IDS: JSON.stringify((process.env.WX_SUBSCRIBE_TEMPLATES ?? '').split(',').filter(Boolean)),
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
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's H5 terser default (quote_keys) emits invalid `#"x"` for ES2022 private fields (msw has them).
    terser: { enable: true, config: { output: { quote_keys: false } } },
    mini: {
      compile: { include: [MOCK_DIR] },
      // base.wxml without whitespace between tags
      minifyXML: { collapseWhitespace: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
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
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // /sw.js: the app shell for offline use (and msw's worker in mock builds)
        chain.plugin('shell-worker').use(ShellWorkerPlugin, [
          { precache: process.env.NODE_ENV === 'production', mock: API_MODE === 'mock' },
        ])
      },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})

/**
 * Two jest projects:
 *  dom   – jsdom (jest-fixed-jsdom: Node's fetch/Request/Response) + the real H5 Taro (Taro.request = fetch)
 *          + Taro's React DOM components + msw/node serving the mock backend. Pages are rendered here.
 *  node  – plain Node: the mock router, pure rules, and the weapp request path (the real mini-program
 *          @tarojs/taro entry with a stub `wx`), files named *.node.test.ts.
 */
const esmPackages = [
  '@tarojs', '@stencil', 'swiper', 'lodash-es', 'query-string', 'decode-uri-component', 'split-on-first',
  'filter-obj', 'history', 'mobile-detect', 'ssr-window', 'dom7',
  // ESM-only dependencies of msw 2.x
  'rettime', 'until-async', '@open-draft', 'set-cookie-parser',
]

const common = {
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json', 'mjs', 'cjs'],
  transform: {
    // ESM inside node_modules: only ESM -> CJS (babel-preset-taro chokes on ES2022 private methods)
    '/node_modules/.+\\.[cm]?js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }],
    '^.+\\.[cm]?[jt]sx?$': 'babel-jest',
  },
  transformIgnorePatterns: [`^(?!.*/node_modules/(?:${esmPackages.join('|')})/).*/node_modules/`],
  globals: {
    API_MODE: 'mock',
    API_BASE_URL: '',
    SUBSCRIBE_TEMPLATE_IDS: [],
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    __TARO_FRAMEWORK__: 'react',
  },
}

const moduleNameMapper = {
  '\\.(css|less|scss|sass|styl)$': '<rootDir>/tests/shims/style.js',
  '^@/(.*)$': '<rootDir>/src/$1',
}

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/tests/setup/global.js',
  projects: [
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jest-fixed-jsdom',
      testEnvironmentOptions: { url: 'http://localhost/', customExportConditions: [''] },
      testMatch: ['<rootDir>/tests/**/*.test.ts?(x)'],
      testPathIgnorePatterns: ['\\.node\\.test\\.'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/tests/shims/taro.ts',
        '^@tarojs/components$': '<rootDir>/tests/shims/components.tsx',
        ...moduleNameMapper,
      },
      setupFiles: ['<rootDir>/tests/setup/env-h5.js', '<rootDir>/tests/setup/env-dom.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/msw.ts', '<rootDir>/tests/setup/waits.ts'],
    },
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.node.test.ts'],
      moduleNameMapper,
    },
  ],
}

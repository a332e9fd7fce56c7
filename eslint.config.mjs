// ESLint 9 flat config. `npm run lint` = eslint --max-warnings=0 src mock tests scripts config
//
// Architecture (STYLE.md, "The shape of the house") is enforced with import/no-restricted-paths:
//   contract ← api ← data ← entities ← features ← pages; features don't import each other;
//   components (domain-free UI) import no domain layer; mock imports only src/contract; src
//   reaches mock only through src/app/mock-switch.ts.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import importPlugin from 'eslint-plugin-import'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const ROOT = path.dirname(fileURLToPath(import.meta.url))
const MOCK_SWITCH = 'src/app/mock-switch.ts'

/** Known feature folders plus whatever exists now, so a new feature is fenced in automatically. */
const FEATURES = [
  ...new Set([
    'report',
    'tickets',
    'workbench',
    'volunteer',
    'points',
    'notifications',
    'auth',
    'settings',
    'dev',
    ...(existsSync(path.join(ROOT, 'src/features'))
      ? readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
      : []),
  ]),
].sort()

/** Everything above src/api: data access and the UI built on it. */
const UI_LAYERS = [
  './src/data',
  './src/entities',
  './src/features',
  './src/pages',
  './src/packages',
  './src/components',
]

const layerZones = [
  {
    target: './src/contract',
    from: [
      './src/api',
      './src/app',
      './src/features',
      './src/pages',
      './src/packages',
      './src/components',
      './src/platform',
      './src/data',
      './src/entities',
      './mock',
    ],
    message: 'src/contract is the source of truth: it imports nothing from the app or the mock.',
  },
  {
    target: './src/api',
    from: UI_LAYERS,
    message: 'Imports flow contract ← api ← features ← pages: src/api must not import UI layers.',
  },
  {
    target: './src/platform',
    from: ['./src/api', ...UI_LAYERS],
    message: 'src/platform wraps device APIs only; it must not import app layers.',
  },
  {
    target: './src/components',
    from: ['./src/data', './src/entities', './src/features', './src/pages', './src/packages'],
    message: 'src/components is shared UI without domain knowledge: no data, entities, features or pages.',
  },
  {
    target: './src/data',
    from: ['./src/entities', './src/features', './src/pages', './src/packages', './src/components'],
    message:
      'src/data is the one place that knows how to get or change server data: it imports contract and api only.',
  },
  {
    target: './src/entities',
    from: ['./src/features', './src/pages', './src/packages'],
    message:
      'src/entities holds UI of one domain object shared by features (the ticket): no features or pages.',
  },
  {
    target: './src/features',
    from: ['./src/pages', './src/packages'],
    message: 'Features are composed by pages, never the other way round.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `Features do not import each other: move what src/features/${feature} shares down to components, api or contract.`,
  })),
  {
    target: './mock',
    from: './src',
    except: ['./contract'],
    message: 'The mock backend imports only src/contract.',
  },
]

const srcToMockZone = {
  target: './src',
  from: './mock',
  message: `src reaches the mock only through ${MOCK_SWITCH} (kept out of http builds).`,
}

/** Minimal Node globals for plain JS files (no dependency on the `globals` package). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'fetch',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
    'structuredClone',
    'queueMicrotask',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'clearImmediate',
  ].map((name) => [name, 'readonly']),
)
const commonjsGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      '.build/**',
      'bench/out/**',
      'coverage/**',
      'test-results/**',
      'node_modules/**',
      'public/mockServiceWorker.js',
      '.swc/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: {
      'import/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'],
      'import/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      'import/resolver': { [path.join(ROOT, 'scripts/lint/import-resolver.cjs')]: {} },
      // resolve each file once per run, not once per importing file
      'import/cache': { lifetime: Infinity },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      'import/no-restricted-paths': ['error', { basePath: ROOT, zones: layerZones }],
    },
  },
  {
    // Everything in src except the switch may not import mock/.
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    ignores: [MOCK_SWITCH],
    rules: {
      'import/no-restricted-paths': ['error', { basePath: ROOT, zones: [...layerZones, srcToMockZone] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mock/**/*.ts'],
    rules: {
      'import/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true, disableScc: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js', 'tests/**/*.js'],
    languageOptions: { sourceType: 'module', globals: nodeGlobals },
  },
  {
    // page.evaluate() callbacks run in the browser
    files: ['tests/e2e/**/*.mjs', 'scripts/bench*.mjs', 'scripts/bench/**/*.mjs'],
    languageOptions: {
      globals: {
        document: 'readonly',
        localStorage: 'readonly',
        getComputedStyle: 'readonly',
        window: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs', 'tests/setup/**/*.js', 'tests/shims/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, ...commonjsGlobals } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)

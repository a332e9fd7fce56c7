/** config/route-preload-plugin.ts: which files index.html fetches for the page it was opened at. */
import { runInNewContext } from 'node:vm'
import { preloadScript, preloadTable, type LoadedGroup } from '../../../config/route-preload-plugin'

const group = (issuer: string, target: string, line: number, files: string[]): LoadedGroup => ({
  issuer,
  target,
  line,
  column: 4,
  files,
})

// as webpack reports them: Taro's entry imports the pages in app.config's order (here out of
// order in the list), app.tsx the session services, a page the photo viewer when it is tapped
const GROUPS = [
  group('app.config.ts', 'pages/report/index', 30, ['js/report.js', 'js/shared.js', 'js/report.js.map']),
  group('app.tsx', 'app/services', 12, ['js/services.js', 'js/shared.js']),
  group('app.config.ts', 'pages/home/index', 20, ['js/home.js', 'css/home.css']),
  group('app.config.ts', 'packages/resident/pages/ticket/index', 40, ['js/ticket.js']),
  group('platform/preview-image.ts', 'platform/preview-image-taro', 8, ['js/viewer.js']),
]

test('each page preloads what start-up loads, then its own scripts and styles; never a source map', () => {
  const table = preloadTable(GROUPS, { startup: ['app.tsx'] })
  expect(table['/pages/report/index']).toEqual(['js/services.js', 'js/shared.js', 'js/report.js'])
  expect(table['/pages/home/index']).toEqual(['js/services.js', 'js/shared.js', 'js/home.js', 'css/home.css'])
  expect(table['/packages/resident/pages/ticket/index']).toEqual([
    'js/services.js',
    'js/shared.js',
    'js/ticket.js',
  ])
})

test("'/' opens the page Taro's entry imports first; what a page loads later is no route", () => {
  const table = preloadTable(GROUPS, { startup: ['app.tsx'] })
  expect(table['/']).toEqual(table['/pages/home/index'])
  expect(Object.keys(table).sort()).toEqual([
    '/',
    '/packages/resident/pages/ticket/index',
    '/pages/home/index',
    '/pages/report/index',
  ])
})

/** Runs the head script at a path; the links it added to <head>. */
function linksAt(pathname: string): { rel: string; as: string; href: string }[] {
  const table = preloadTable(GROUPS, { startup: ['app.tsx'] })
  const html = preloadScript(table, '/')
  const code = html.replace(/^<script>/, '').replace(/<\/script>$/, '')
  const head: { rel: string; as: string; href: string }[] = []
  const document = {
    createElement: () => ({ rel: '', as: '', href: '' }),
    head: { appendChild: (el: { rel: string; as: string; href: string }) => head.push({ ...el }) },
  }
  runInNewContext(code, { document, location: { pathname } })
  return head
}

test('the head script adds a preload link per file for the path it runs at, with or without a trailing slash', () => {
  expect(linksAt('/pages/home/index')).toEqual([
    { rel: 'preload', as: 'script', href: '/js/services.js' },
    { rel: 'preload', as: 'script', href: '/js/shared.js' },
    { rel: 'preload', as: 'script', href: '/js/home.js' },
    { rel: 'preload', as: 'style', href: '/css/home.css' },
  ])
  expect(linksAt('/')).toEqual(linksAt('/pages/home/index'))
  expect(linksAt('/pages/report/index/')).toEqual(linksAt('/pages/report/index'))
  expect(linksAt('/no/such/page')).toEqual([])
})

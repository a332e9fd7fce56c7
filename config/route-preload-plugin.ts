import path from 'node:path'
import type { Compiler } from 'webpack'

/**
 * H5: index.html fetches the opening page's chunks while app.js is still arriving.
 *
 * Taro's router asks for a page's chunks (and app.tsx for the session services' chunk) only once
 * app.js has run. On a slow phone that is a second round of requests, started after the first
 * script ran, and the page waits for both. This plugin writes into index.html a table from each
 * page's path to the files its chunk group holds, plus the files of what `startup` modules load at
 * once; a script in the head adds `<link rel="preload">` for the path the page was opened at.
 * The chunks then load exactly as before and find their files already fetched.
 *
 * '/' opens the first page of app.config: the page `import()` that comes first in Taro's
 * generated entry.
 */
export interface RoutePreloadOptions {
  /** the source files (relative to src/) whose `import()`s every page waits for at start-up */
  startup: string[]
}

/** One `import()` webpack made a chunk group for: who asked, what, where, and the files. */
export interface LoadedGroup {
  /** the module that called `import()`, relative to src/ */
  issuer: string
  /** the imported module, relative to src/, without extension */
  target: string
  /** the position of the `import()` in the issuer, for the order of the routes */
  line: number
  column: number
  files: string[]
}

const PAGE = /^(pages|packages\/[^/]+\/pages)\/.+\/index$/
const FETCHED = /\.(js|css)$/

/** path → files to preload, for every page: what start-up loads, then the page's own. */
export function preloadTable(groups: LoadedGroup[], options: RoutePreloadOptions): Record<string, string[]> {
  const startup = groups.filter((g) => options.startup.includes(g.issuer)).flatMap((g) => g.files)
  const pages = groups
    .filter((g) => PAGE.test(g.target))
    .sort((a, b) => a.line - b.line || a.column - b.column)
  const table: Record<string, string[]> = {}
  for (const g of pages) {
    const files = [...new Set([...startup, ...g.files])].filter((f) => FETCHED.test(f))
    table[`/${g.target}`] = files
    table['/'] ??= files
  }
  return table
}

/**
 * The head script: preload links for the path the page was opened at. The table is written as
 * one list of files and, for each path, the positions of its files in that list.
 */
export function preloadScript(table: Record<string, string[]>, publicPath: string): string {
  const files = [...new Set(Object.values(table).flat())]
  const routes = Object.fromEntries(
    Object.entries(table).map(([route, fs]) => [route, fs.map((f) => files.indexOf(f))]),
  )
  return (
    "<script>/* the opening page's chunks, fetched beside app.js (config/route-preload-plugin.ts) */" +
    `(function(){var f=${JSON.stringify(files)},t=${JSON.stringify(routes)},d=document,` +
    "r=t[location.pathname.replace(/\\/+$/,'')||'/']||[];" +
    "for(var i=0;i<r.length;i++){var l=d.createElement('link'),h=f[r[i]];l.rel='preload';" +
    `l.as=/\\.css$/.test(h)?'style':'script';l.href=${JSON.stringify(publicPath)}+h;d.head.appendChild(l)}})()` +
    '</script>'
  )
}

export class RoutePreloadPlugin {
  constructor(private readonly options: RoutePreloadOptions) {}

  apply(compiler: Compiler): void {
    const { webpack } = compiler
    const srcDir = path.join(compiler.context, 'src')
    const fromSrc = (file: string) => path.relative(srcDir, file).split(path.sep).join('/')
    compiler.hooks.thisCompilation.tap('RoutePreloadPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // after html-webpack-plugin has emitted index.html
        { name: 'RoutePreloadPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const html = compilation.getAsset('index.html')
          if (!html) return
          const groups: LoadedGroup[] = []
          for (const group of compilation.chunkGroups) {
            if (group.isInitial()) continue
            const files = group.chunks.flatMap((c) => [...c.files])
            for (const origin of group.origins) {
              const issuer = (origin.module as { resource?: string } | null)?.resource?.replace(/\?.*$/, '')
              if (!issuer || !origin.request || !origin.request.startsWith('.')) continue
              const target = fromSrc(path.resolve(path.dirname(issuer), origin.request)).replace(
                /\.[jt]sx?$/,
                '',
              )
              const start =
                typeof origin.loc === 'object' && 'start' in origin.loc ? origin.loc.start : undefined
              groups.push({
                issuer: fromSrc(issuer),
                target,
                line: start?.line ?? 0,
                column: start?.column ?? 0,
                files,
              })
            }
          }
          const table = preloadTable(groups, this.options)
          const publicPath =
            typeof compilation.outputOptions.publicPath === 'string'
              ? compilation.outputOptions.publicPath
              : '/'
          const source = html.source.source().toString()
          if (!source.includes('</head>')) throw new Error('RoutePreloadPlugin: index.html has no </head>')
          compilation.updateAsset(
            'index.html',
            new webpack.sources.RawSource(
              source.replace('</head>', `${preloadScript(table, publicPath)}</head>`),
            ),
          )
        },
      )
    })
  }
}

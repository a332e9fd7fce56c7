/**
 * eslint-plugin-import resolver for this repo: the `@/` alias (tsconfig paths, config alias)
 * mapped to src/, then Node resolution with TypeScript extensions. Without it the
 * import/no-restricted-paths zones and import/no-cycle would silently skip every `@/` import.
 */
const path = require('node:path')
const nodeResolver = require('eslint-import-resolver-node')

const ROOT = path.resolve(__dirname, '..', '..')
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json']

exports.interfaceVersion = 2

exports.resolve = function resolve(source, file, config) {
  const aliased = source.startsWith('@/') ? path.join(ROOT, 'src', source.slice(2)) : source
  return nodeResolver.resolve(aliased, file, { extensions: EXTENSIONS, ...config })
}

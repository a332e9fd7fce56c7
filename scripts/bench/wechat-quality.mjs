/**
 * WeChat's own code-quality check (the 11 items DevTools shows) over a finished weapp build,
 * offline: miniprogram-ci with a throwaway key and its default project attributes, so nothing
 * asks WeChat's servers (see /work/shared/notes/wechat-ci-offline.md).
 *
 * miniprogram-ci keeps handles open after the check, so it runs in a child process
 * (`node scripts/bench/wechat-quality.mjs <dir>`) that prints one JSON line and exits.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SELF = fileURLToPath(import.meta.url)

/** [{ name, success, text }] for the build in `dir` (its own project.config.json). */
export function checkWeappQuality(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SELF, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (err += c))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"items"'))
      if (code === 0 && line) return resolve(JSON.parse(line).items)
      reject(new Error(`miniprogram-ci code quality failed (${code}):\n${(err || out).slice(-2000)}`))
    })
  })
}

async function run(dir) {
  const { default: ci } = await import('miniprogram-ci')
  // a copy: miniprogram-ci may write into the project it checks
  const work = mkdtempSync(path.join(tmpdir(), 'wx-quality-'))
  try {
    const project = path.join(work, 'project')
    cpSync(dir, project, { recursive: true })
    const key = path.join(work, 'key.pem')
    const gen = spawnSync('openssl', ['genrsa', '-traditional', '-out', key, '2048'], { stdio: 'ignore' })
    if (gen.status !== 0) throw new Error('openssl genrsa failed')
    const p = new ci.Project({
      appid: 'wx0000000000000000',
      type: 'miniProgram',
      projectPath: project,
      privateKeyPath: key,
      ignores: ['node_modules/**/*'],
      // without it the package asks WeChat's servers for the project's attributes first
      attr: async () => ci.DefaultProjectAttr,
    })
    const res = await ci.checkCodeQuality(p)
    const items = res.map((r) => ({ name: r.name, success: Boolean(r.success), text: r.text }))
    process.stdout.write(JSON.stringify({ items }) + '\n')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] === SELF) {
  run(path.resolve(process.argv[2])).then(
    () => process.exit(0),
    (e) => {
      console.error(e.stack || e.message)
      process.exit(1)
    },
  )
}

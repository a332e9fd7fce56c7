#!/usr/bin/env node
/**
 * npm run test:e2e [-- <test files>]
 *
 * 1. makes sure Chromium is there (scripts/ensure-chromium.mjs; installs it on CI as root);
 * 2. builds the mock-mode H5 app into .build/e2e-h5 and the mock-mode weapp into
 *    .build/weapp-mock, one after the other (E2E_SKIP_BUILD=1 reuses what is there);
 * 3. serves .build/e2e-h5 on a free port and runs `node --test` over tests/e2e/*.e2e.mjs and
 *    tests/weapp/*.e2e.mjs (or the files given) with E2E_BASE_URL and WEAPP_DIST set;
 * 4. stops the server and exits with the test runner's code.
 *
 * Files given that are all under tests/weapp/ (the simulated WeChat runtime) need neither
 * Chromium nor the H5 build: only the weapp one is built (or reused) and nothing is served.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import { ensureChromium } from './ensure-chromium.mjs'
import { startServer } from './serve.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// E2E_H5_OUT / E2E_WEAPP_OUT: other folders, so two people can build and test side by side
const H5_OUT = process.env.E2E_H5_OUT || '.build/e2e-h5'
const WEAPP_OUT = process.env.E2E_WEAPP_OUT || '.build/weapp-mock'
const TEST_DIRS = ['tests/e2e', 'tests/weapp']
const TARO = path.join(ROOT, 'node_modules', '.bin', 'taro')

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const log = (msg) => console.log(`[e2e] ${msg}`)

/**
 * Runs a command; resolves to { code, output }. `quiet` captures the output (Taro's progress
 * bar floods CI logs) so it can be shown only when the command fails.
 */
function run(cmd, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
      env: { ...process.env, ...env },
    })
    const chunks = []
    child.stdout?.on('data', (c) => chunks.push(c))
    child.stderr?.on('data', (c) => chunks.push(c))
    const forward = (sig) => child.kill(sig)
    process.on('SIGINT', forward).on('SIGTERM', forward)
    child.on('error', (err) => chunks.push(Buffer.from(`cannot run ${cmd}: ${err.message}\n`)))
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward)
      resolve({ code: code ?? (signal ? 128 : 1), output: Buffer.concat(chunks).toString('utf8') })
    })
  })
}

async function build(type, outDir) {
  const started = Date.now()
  rmSync(path.join(ROOT, outDir), { recursive: true, force: true })
  log(`building ${type} (mock) → ${outDir}`)
  const { code, output } = await run(TARO, ['build', '--type', type], {
    env: { OUTPUT_ROOT: outDir, API_MODE: 'mock', NODE_ENV: 'production' },
    quiet: true,
  })
  if (code !== 0) {
    // strip the progress bar's cursor movements, keep the end where webpack lists the errors
    const plain = stripVTControlCharacters(output)
      .split('\n')
      .filter((l) => l.trim())
    console.error(plain.slice(-80).join('\n'))
    throw new Error(`taro build --type ${type} failed (exit ${code})`)
  }
  log(`built ${type} in ${seconds(Date.now() - started)}`)
}

function testFiles(argv) {
  if (argv.length) return argv
  return TEST_DIRS.flatMap((dir) =>
    existsSync(path.join(ROOT, dir))
      ? readdirSync(path.join(ROOT, dir))
          .filter((f) => f.endsWith('.e2e.mjs'))
          .sort()
          .map((f) => `${dir}/${f}`)
      : [],
  )
}

async function main() {
  const started = Date.now()
  const files = testFiles(process.argv.slice(2))
  if (!files.length) throw new Error(`no *.e2e.mjs files in ${TEST_DIRS.join(', ')}`)

  const needsH5 = files.some((f) => !path.normalize(f).startsWith(`tests${path.sep}weapp${path.sep}`))
  const outputs = needsH5 ? [H5_OUT, WEAPP_OUT] : [WEAPP_OUT]
  if (needsH5) ensureChromium({ log })

  if (process.env.E2E_SKIP_BUILD === '1') {
    log('E2E_SKIP_BUILD=1: reusing the existing builds')
  } else {
    if (needsH5) await build('h5', H5_OUT)
    await build('weapp', WEAPP_OUT)
  }
  for (const dir of outputs) {
    if (!existsSync(path.join(ROOT, dir))) throw new Error(`${dir} is missing — run without E2E_SKIP_BUILD`)
  }

  const server = needsH5 ? await startServer({ dir: path.join(ROOT, H5_OUT), port: 0 }) : null
  if (server) log(`serving ${H5_OUT} at ${server.url}`)
  let code
  try {
    const testsStarted = Date.now()
    const result = await run(process.execPath, ['--test', '--test-reporter=spec', ...files], {
      env: { E2E_BASE_URL: server?.url ?? '', WEAPP_DIST: path.join(ROOT, WEAPP_OUT) },
    })
    code = result.code
    log(`tests took ${seconds(Date.now() - testsStarted)}`)
  } finally {
    await server?.close()
  }
  log(`${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds(Date.now() - started)}`)
  return code
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err.code === 'ECHROMIUM' ? err.message : `[e2e] ${err.message}`)
    process.exit(1)
  },
)

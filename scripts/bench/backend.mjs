/**
 * The mock backend over HTTP in a child process (scripts/bench/mock.ts run by tsx), plus the
 * few calls the benchmark makes to it directly: reset, bulk tickets, and counting a resident's
 * tickets.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { ROOT } from './util.mjs'

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx')
/** What the H5 app sends on launch (src/platform/login-code.ts): the mock's first seeded resident. */
const H5_LOGIN_CODE = 'h5-local'

/** Starts the mock on 127.0.0.1:port (0: a free one); resolves once it listens. */
export function startMock({ port = 0 } = {}) {
  const child = spawn(TSX, [path.join(ROOT, 'scripts/bench/mock.ts'), String(port)], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    const fail = (err) => reject(new Error(`the mock backend did not start: ${err}`))
    child.once('error', fail)
    child.once('exit', (code) => fail(`exit ${code}`))
    const lines = createInterface({ input: child.stdout })
    lines.once('line', (line) => {
      let bound
      try {
        bound = JSON.parse(line).port
      } catch {
        return fail(`unexpected output ${JSON.stringify(line)}`)
      }
      child.removeAllListeners('exit')
      resolve(mockClient(child, bound, lines))
    })
  })
}

function mockClient(child, port, lines) {
  /** The mock process's own memory (process.memoryUsage(), after a GC when it can). */
  function memory() {
    return new Promise((resolve) => {
      lines.once('line', (line) => resolve(JSON.parse(line).memory))
      child.stdin.write('memory\n')
    })
  }

  const origin = `http://127.0.0.1:${port}`
  async function request(method, apiPath, { body, token } = {}) {
    const headers = { 'content-type': 'application/json' }
    // mock:serve answers /dev/* only with the header the app's developer panel sends
    if (apiPath.startsWith('/dev/')) headers['x-dev'] = '1'
    if (token) headers.authorization = `Bearer ${token}`
    const res = await fetch(`${origin}/api/v1${apiPath}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await res.json().catch(() => null)
    if (!res.ok) throw new Error(`${method} ${apiPath} → ${res.status} ${JSON.stringify(data)}`)
    return data
  }

  /** How many tickets the H5 app's resident sees under 我的上报 (全部). */
  async function countMine() {
    const { token } = await request('POST', '/auth/login', { body: { code: H5_LOGIN_CODE } })
    let count = 0
    let cursor = null
    do {
      const q = new URLSearchParams({ scope: 'mine', status: 'all', limit: '50' })
      if (cursor) q.set('cursor', cursor)
      const page = await request('GET', `/tickets?${q}`, { token })
      count += page.items.length
      cursor = page.nextCursor
    } while (cursor)
    return count
  }

  const reset = () => request('POST', '/dev/reset')
  const seedTickets = (count) => request('POST', '/dev/seed-tickets', { body: { count } })

  /** A fresh store where the resident has exactly `count` tickets: the seed's plus bulk ones. */
  async function resetWithTickets(count) {
    await reset()
    const seeded = await countMine()
    if (seeded > count) throw new Error(`the seed already gives the resident ${seeded} tickets (> ${count})`)
    if (seeded < count) await seedTickets(count - seeded)
    const now = await countMine()
    if (now !== count) throw new Error(`asked for ${count} tickets, the resident has ${now}`)
    return { seeded, added: count - seeded }
  }

  return {
    port,
    origin,
    request,
    countMine,
    reset,
    seedTickets,
    resetWithTickets,
    memory,
    stop() {
      child.stdin.end()
      child.kill('SIGTERM')
    },
  }
}

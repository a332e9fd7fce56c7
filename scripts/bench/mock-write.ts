/**
 * One write of the in-process mock (the weapp's and the H5 mock build's backend) with 1,000
 * tickets and a 4,000-entry ledger behind it: how long `PATCH /me` takes end to end (route and
 * save to storage), how long the save alone takes, how many keys and bytes it writes, and the
 * largest key in storage (WeChat refuses a key over 1 MB).
 *
 *   tsx scripts/bench/mock-write.ts     prints one JSON line
 */
import { createMockBackend } from '../../mock/backend'
import { appendEntry } from '../../mock/points/ledger'
import { memoryStorage } from '../../mock/persistence'

const TICKETS = 1000
const LEDGER = 4000
const RUNS = 21

async function main(): Promise<void> {
  const base = memoryStorage()
  let keys = 0
  let bytes = 0
  const storage = {
    getItem: (k: string) => base.getItem(k),
    setItem: (k: string, v: string) => {
      keys++
      bytes += v.length
      base.setItem(k, v)
    },
    removeItem: (k: string) => base.removeItem(k),
  }
  const backend = createMockBackend({ storage, slowMs: 0 })
  const call = (method: string, path: string, body?: unknown, token?: string) =>
    backend.handle({
      method,
      path,
      query: {},
      headers: {
        'content-type': 'application/json',
        'x-dev': '1',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    })
  const seeded = backend.store.state.tickets.length
  if (seeded < TICKETS) await call('POST', '/dev/seed-tickets', { count: TICKETS - seeded })
  const store = backend.store
  const users = store.state.users.map((u) => u.id)
  for (let i = store.state.ledger.length; i < LEDGER; i++) {
    const userId = users[i % users.length]
    appendEntry(store, { userId, at: Date.now(), amount: 5, reason: 'activity', ref: `bench-${i}`, note: '' })
  }
  store.save()
  const login = await call('POST', '/auth/login', { code: 'dev:u-resident-1' })
  const token = (login.body as { token: string }).token

  const total: number[] = []
  const saves: number[] = []
  const written: { keys: number; bytes: number }[] = []
  for (let i = 0; i < RUNS; i++) {
    keys = 0
    bytes = 0
    const t0 = performance.now()
    const res = await call('PATCH', '/me', { nickname: `王阿姨${i % 2}` }, token)
    total.push(performance.now() - t0)
    if (res.status !== 200) throw new Error(`PATCH /me answered ${res.status}`)
    written.push({ keys, bytes })
    store.state.users[0].description = `bench ${i}`
    const t1 = performance.now()
    store.save()
    saves.push(performance.now() - t1)
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const largestKey = Math.max(...Object.values(base.entries()).map((v) => v.length))
  process.stdout.write(
    JSON.stringify({
      tickets: store.state.tickets.length,
      ledger: store.state.ledger.length,
      writeMs: median(total),
      saveMs: median(saves),
      keysWritten: written.at(-1)?.keys,
      bytesWritten: written.at(-1)?.bytes,
      largestKeyBytes: largestKey,
      storedKeys: Object.keys(base.entries()).length,
    }) + '\n',
  )
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)

/**
 * Starting the built weapp as a given person, for the tests in tests/weapp/*.e2e.mjs.
 *
 * The mock weapp logs in with whatever wx.login answers; `dev:<userId>` is a seeded user. Each
 * person gets a fresh runtime (a cold start); runtimes that share `storage` and `fs` share the
 * embedded backend's persisted data and the device's files, as one phone handed from person to
 * person would — the session and the developer panel's login code are cleared between them.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createFileSystem } from './file-system.mjs'
import { createMiniProgram, SESSION_KEYS } from './mini-program.mjs'

export const DIST = path.resolve(process.env.WEAPP_DIST ?? '.build/weapp-mock')

/** Seeded people (mock/README.md). */
export const PEOPLE = {
  resident: 'u-resident-1', // 王秀兰, 创业路社区
  neighbour: 'u-resident-2', // 张建国: an unused 烩面 voucher
  merchant: 'u-merchant-1', // 刘德福, 老刘烩面馆
  gridWorker: 'u-grid-1', // 赵磊, 创业路社区第一网格
}

export function assertBuilt() {
  assert.ok(
    existsSync(path.join(DIST, 'app.js')),
    `${DIST}/app.js missing: build with OUTPUT_ROOT=.build/weapp-mock API_MODE=mock npx taro build --type weapp`,
  )
}

/** One phone: storage and files shared by the runtimes started on it. */
export function createDevice() {
  return { storage: new Map(), fs: createFileSystem() }
}

/** Cold-starts the app logged in as `userId` (a PEOPLE value) and waits for the session. */
export async function startAs(userId, device = createDevice()) {
  assertBuilt()
  for (const key of SESSION_KEYS) device.storage.delete(key)
  device.fs.dropTemp()
  const mp = createMiniProgram({ dist: DIST, ...device, loginCode: `dev:${userId}` })
  mp.launch()
  const deadline = Date.now() + 5000
  for (;;) {
    const raw = device.storage.get('ssp:session')
    if (raw) {
      const session = JSON.parse(String(raw))
      assert.equal(session.user.id, userId, 'logged in as someone else')
      return mp
    }
    assert.ok(
      Date.now() < deadline,
      `no session for ${userId} 5 s after launch; errors: ${mp.errors.join('\n')}`,
    )
    await sleep(20)
  }
}

/** No network and no error in the app since `mark` (an index into mp.errors). */
export function assertClean(mp, mark = 0) {
  assert.deepEqual(mp.requests, [], 'the mock build went to the network')
  assert.deepEqual(mp.errors.slice(mark), [], 'the app reported errors')
  assert.deepEqual(
    [...mp.wxMisses].filter((m) => !['webpackJsonp', 'cloud'].includes(m)),
    [],
    'the app used wx members the simulated runtime does not have',
  )
}

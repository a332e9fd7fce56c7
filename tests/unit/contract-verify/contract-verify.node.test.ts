import { main } from '../../../scripts/contract-verify'
import { DEFECTS, startBrokenServer, type Defect } from './broken-server'
import { npmRun, startMockServe } from './mock-serve'

/**
 * The conformance kit against `npm run mock:serve`, as CI runs it, and against servers that each
 * break one rule (a proxy in front of the same mock): it passes the first, and fails each of the
 * others with exit code 1, naming the check. Each defect runs only the check group that must
 * catch it, to keep this quick; the proxy without a defect passes every group.
 */
jest.setTimeout(80_000)

let mock: Awaited<ReturnType<typeof startMockServe>>

beforeAll(async () => {
  mock = await startMockServe()
})
afterAll(() => mock?.stop())

async function verifyVia(defect: Defect | null, only: string): Promise<{ code: number; output: string }> {
  const server = await startBrokenServer(mock.origin, defect)
  const lines: string[] = []
  try {
    const code = await main(['--base-url', server.url, '--only', only], (line) => lines.push(line))
    return { code, output: lines.join('\n') }
  } finally {
    await server.close()
  }
}

/** `check endpoint` of each FAIL row of the table. */
function failedRows(output: string): string[] {
  return output
    .split('\n')
    .filter((l) => / {2}FAIL \d/.test(l))
    .map((l) => l.split(/ {2,}/).slice(0, 2).join(' '))
}

const ALL = 'schema,auth,access,idempotency,transitions,ledger'

it('CI: npm run contract:verify against npm run mock:serve passes every check, exit code 0', async () => {
  const run = npmRun(['contract:verify', '--', '--base-url', mock.origin])
  const code = await run.exited
  const output = run.output()
  expect(output).toMatch(/^check\s+endpoint\s+result$/m)
  for (const check of ALL.split(','))
    expect(output).toMatch(new RegExp(`^${check}\\s+\\S+ /\\S*\\s+pass \\(\\d+`, 'm'))
  expect(failedRows(output)).toEqual([])
  expect(code).toBe(0)
})

it('the proxy without a defect passes every check', async () => {
  const { code, output } = await verifyVia(null, ALL)
  expect(failedRows(output)).toEqual([])
  expect(code).toBe(0)
})

const CASES: [Defect, string, string[]][] = [
  ['no-auth', 'auth', ['auth GET /me', 'auth POST /tickets', 'auth GET /workbench/tickets']],
  ['wrong-status', 'schema', ['schema GET /me', 'schema POST /tickets', 'schema POST /redemptions']],
  ['bad-body', 'schema', ['schema GET /notifications/unread-count']],
  ['no-replay', 'idempotency', ['idempotency POST /tickets', 'idempotency POST /redemptions']],
  [
    'illegal-transition',
    'transitions',
    ['transitions POST /tickets/:id/accept', 'transitions POST /tickets/:id/rating'],
  ],
  ['overspend', 'ledger', ['ledger POST /redemptions']],
  ['no-role-check', 'access', ['access POST /tickets/:id/accept', 'access GET /workbench/tickets']],
]

it.each(CASES)('fails a server with the defect %s in the %s check', async (defect, only, rows) => {
  const { code, output } = await verifyVia(defect, only)
  expect({ defect: DEFECTS[defect], failed: failedRows(output) }).toEqual({
    defect: DEFECTS[defect],
    failed: expect.arrayContaining(rows),
  })
  expect(code).toBe(1)
})

it('the command exits 1 against a server without the auth check', async () => {
  const broken = await startBrokenServer(mock.origin, 'no-auth')
  try {
    const run = npmRun(['contract:verify', '--', '--base-url', broken.url, '--only', 'auth'])
    const code = await run.exited
    expect(run.output()).toMatch(
      /^auth\s+GET \/me\s+FAIL \d\/3: no token → 401: expected 401 UNAUTHENTICATED, got 200/m,
    )
    expect(code).toBe(1)
  } finally {
    await broken.close()
  }
})

it('exits 2 with the usage on bad arguments', async () => {
  const lines: string[] = []
  expect(await main(['--only', 'schema'], (l) => lines.push(l))).toBe(2)
  expect(await main(['--base-url', 'http://x', '--only', 'speed'], (l) => lines.push(l))).toBe(2)
  expect(lines.join('\n')).toMatch(/--base-url is required[\s\S]*unknown check speed/)
})

describe('a server without /dev (a real backend)', () => {
  async function tokens(): Promise<string> {
    const out: Record<string, string> = {}
    for (const [role, id] of [
      ['resident', 'u-resident-1'],
      ['merchant', 'u-merchant-1'],
      ['grid_worker', 'u-grid-1'],
    ]) {
      const res = await fetch(`${mock.origin}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: `dev:${id}` }),
      })
      out[role] = ((await res.json()) as { token: string }).token
    }
    return JSON.stringify(out)
  }

  async function foreign(env: string | undefined): Promise<{ code: number; output: string }> {
    const server = await startBrokenServer(mock.origin, null, { foreign: true })
    const lines: string[] = []
    const saved = process.env.CONTRACT_TOKENS
    if (env === undefined) delete process.env.CONTRACT_TOKENS
    else process.env.CONTRACT_TOKENS = env
    try {
      const code = await main(['--base-url', server.url, '--only', 'auth,access'], (l) => lines.push(l))
      return { code, output: lines.join('\n') }
    } finally {
      if (saved === undefined) delete process.env.CONTRACT_TOKENS
      else process.env.CONTRACT_TOKENS = saved
      await server.close()
    }
  }

  it('takes a token per role from CONTRACT_TOKENS', async () => {
    const { code, output } = await foreign(await tokens())
    expect(output).toMatch(/^access\s+POST \/tickets\/:id\/accept\s+pass \(2\)/m)
    expect(failedRows(output)).toEqual([])
    expect(code).toBe(0)
  })

  it('says so, exit code 2, without CONTRACT_TOKENS', async () => {
    const { code, output } = await foreign(undefined)
    expect(output).toMatch(/CONTRACT_TOKENS/)
    expect(code).toBe(2)
  })
})

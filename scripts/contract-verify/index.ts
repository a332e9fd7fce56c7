/**
 * `npm run contract:verify -- --base-url <origin>`: the conformance kit. Drives any server that
 * claims to implement /api/v1 over HTTP, endpoint by endpoint, from the descriptors in
 * src/contract, prints one table (check, endpoint, result) and exits 1 on any failure.
 * Prior art: Dredd, Schemathesis, Pact provider verification.
 */
import { parseArgs, USAGE, type Options } from './args'
import { accessCheck, authCheck } from './checks/auth'
import type { Ctx } from './checks/context'
import { idempotencyCheck } from './checks/idempotency'
import { ledgerCheck } from './checks/ledger'
import { schemaCheck } from './checks/schema'
import { transitionsCheck } from './checks/transitions'
import { Http } from './http'
import { Report, type CheckName } from './report'
import { Session } from './session'
import { World } from './world'

const RUNNERS: Record<CheckName, (ctx: Ctx) => Promise<void>> = {
  schema: schemaCheck,
  auth: authCheck,
  access: accessCheck,
  idempotency: idempotencyCheck,
  transitions: transitionsCheck,
  ledger: ledgerCheck,
}

export interface Verification {
  report: Report
  /** 0 passed, 1 a check failed */
  code: 0 | 1
  requests: number
  ms: number
}

/** Runs the chosen checks against `options.baseUrl`; throws when the server cannot be reached or logged into. */
export async function verify(options: Options, env = process.env): Promise<Verification> {
  const started = Date.now()
  const http = new Http(options.baseUrl)
  const session = new Session(http, env.CONTRACT_TOKENS)
  await session.start()
  await session.reset()
  const ctx: Ctx = { session, world: new World(session), report: new Report() }
  for (const name of options.only) {
    try {
      await RUNNERS[name](ctx)
    } catch (e) {
      // a server that hangs up or times out mid-check fails that check; the rest still run
      ctx.report.add(name, '(the check itself)', 'stopped', e instanceof Error ? e.message : String(e))
    }
  }
  await session.reset().catch(() => false)
  return {
    report: ctx.report,
    code: ctx.report.failed ? 1 : 0,
    requests: http.sent,
    ms: Date.now() - started,
  }
}

/** The command line: returns the exit code (tests call it in-process). */
export async function main(
  argv: readonly string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  let options: Options
  try {
    options = parseArgs(argv, process.env)
  } catch (e) {
    log(`contract:verify: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`)
    return 2
  }
  if (options.help) {
    log(USAGE)
    return 0
  }
  let result: Verification
  try {
    result = await verify(options)
  } catch (e) {
    log(`contract:verify: ${options.baseUrl}: ${e instanceof Error ? e.message : String(e)}`)
    return 2
  }
  const { report, code, requests, ms } = result
  const { rows, cases, failed, skipped } = report.counts()
  log(report.render())
  log(
    `\n${options.baseUrl}: ${rows} rows, ${cases} cases, ${failed} failed, ${skipped} skipped; ` +
      `${requests} requests in ${(ms / 1000).toFixed(1)} s — ${code === 0 ? 'PASS' : 'FAIL'}`,
  )
  return code
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e)
      process.exit(2)
    },
  )
}

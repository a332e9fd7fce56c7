import { CHECKS, type CheckName } from './report'

export interface Options {
  baseUrl: string
  only: CheckName[]
  help: boolean
}

export const USAGE = `npm run contract:verify -- --base-url <origin> [--only <check>[,<check>…]]

Drives a server that implements /api/v1 over HTTP and checks it against src/contract.
  --base-url <origin>   e.g. http://127.0.0.1:9527 (the kit appends /api/v1); env CONTRACT_BASE_URL
  --only <checks>       run some of: ${CHECKS.join(', ')} (default: all)
Tokens: logs in through dev:<userId> codes when GET /api/v1/dev/users exists, else reads
CONTRACT_TOKENS='{"resident":"…","merchant":"…","grid_worker":"…"}'.
Exit code: 0 all passed, 1 a check failed, 2 bad arguments or the server could not be reached.`

/** Parses the command line; throws with a message for the user on bad arguments. */
export function parseArgs(argv: readonly string[], env: Record<string, string | undefined>): Options {
  const opts: Options = { baseUrl: env.CONTRACT_BASE_URL ?? '', only: [...CHECKS], help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined]
    const value = () => {
      const v = inline ?? argv[++i]
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`)
      return v
    }
    if (flag === '--help' || flag === '-h') opts.help = true
    else if (flag === '--base-url') opts.baseUrl = value()
    else if (flag === '--only') {
      const names = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      const unknown = names.filter((n) => !(CHECKS as readonly string[]).includes(n))
      if (unknown.length)
        throw new Error(`unknown check ${unknown.join(', ')}; the checks are ${CHECKS.join(', ')}`)
      opts.only = names as CheckName[]
    } else throw new Error(`unknown argument ${arg}`)
  }
  if (!opts.help) {
    if (!opts.baseUrl) throw new Error('--base-url is required')
    const url = new URL(opts.baseUrl)
    if (url.pathname !== '/' && url.pathname !== '')
      throw new Error('--base-url is an origin; the kit appends /api/v1')
    opts.baseUrl = url.origin
  }
  return opts
}

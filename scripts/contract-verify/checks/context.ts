import type { Ep } from '../endpoints'
import { tinyJpeg } from '../jpeg'
import type { CheckName, Report } from '../report'
import type { Session } from '../session'
import { Missing, type Input, type World } from '../world'

export interface Ctx {
  session: Session
  world: World
  report: Report
}

/** Starts a case from the seeded data when the server can reset (`POST /dev/reset`); false when it cannot. */
export function fresh(ctx: Ctx): Promise<boolean> {
  return ctx.session.reset()
}

/**
 * Runs one case's setup: a Missing fixture skips it, a server that answered its discovery
 * requests wrongly fails it; a bug of the kit itself is thrown.
 */
export async function setup<T>(
  ctx: Ctx,
  check: CheckName,
  ep: Ep,
  build: () => Promise<T>,
): Promise<T | null> {
  try {
    return await build()
  } catch (e) {
    if (e instanceof Missing) ctx.report.skip(check, ep.label, e.message)
    else if (e instanceof Error && e.message.startsWith('contract-verify:')) throw e
    else ctx.report.add(check, ep.label, 'setup', e instanceof Error ? e.message : String(e))
    return null
  }
}

/** A request whose content does not matter (refused before it is read): placeholders for every part. */
export function placeholder(ep: Ep): Input {
  const params = Object.fromEntries([...ep.path.matchAll(/:(\w+)/g)].map((m) => [m[1], 'cv-placeholder']))
  // a multipart endpoint gets a real file, so no server can refuse the framing before the token
  const file = { file: { name: 'contract-verify.jpg', bytes: tinyJpeg() } }
  const schema = ep.endpoint.body
  const multipart = !!schema && !schema.safeParse({}).success && schema.safeParse(file).success
  const body = ep.method === 'GET' ? undefined : multipart ? file : {}
  return { params, query: {}, body }
}

/** Every path parameter replaced by an id no server has. */
export function unknownIds(ep: Ep, input: Input): Input {
  const params = Object.fromEntries([...ep.path.matchAll(/:(\w+)/g)].map((m) => [m[1], 'cv-no-such-id-404']))
  return { ...input, params }
}

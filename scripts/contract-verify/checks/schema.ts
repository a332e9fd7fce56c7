import { isError, isSuccess } from '../assert'
import { isWrite, served, type Ep } from '../endpoints'
import { isFilePart } from '../http'
import { isDestructive, sampleOf } from '../samples'
import type { Input } from '../world'
import { fresh, setup, unknownIds, type Ctx } from './context'

/** An input the descriptor's schemas refuse, derived from a valid one; null when none is obvious. */
export function invalidInput(ep: Ep, input: Input): { what: string; input: Input } | null {
  const { body, query } = ep.endpoint
  if (body && !isFilePart(input.body) && !body.safeParse({}).success) {
    return { what: 'empty body → 400', input: { ...input, body: {} } }
  }
  if (query && !query.safeParse({}).success)
    return { what: 'empty query → 400', input: { ...input, query: {} } }
  const tooMany = { ...input.query, limit: '51' }
  if (query && !query.safeParse(tooMany).success) {
    return { what: 'limit 51 → 400', input: { ...input, query: tooMany } }
  }
  return null
}

/** POST /auth/login: a dev code logs in (when the server has /dev), an empty body is refused. */
async function login(ctx: Ctx, ep: Ep): Promise<void> {
  const { world, report, session } = ctx
  const id = session.devUserId('resident')
  if (id)
    report.add(
      'schema',
      ep.label,
      'dev code',
      isSuccess(ep, await world.send(ep, null, { body: { code: `dev:${id}` } })),
    )
  report.add(
    'schema',
    ep.label,
    'empty body → 400',
    isError(await world.send(ep, null, { body: {} }), ['VALIDATION_FAILED']),
  )
}

/**
 * Every endpoint, as a role allowed to call it: a valid request answers the declared status with
 * a body its response schema accepts; an invalid one the one error envelope with 400; an unknown
 * id 404. Writes start from fresh data when the server can reset.
 */
export async function schemaCheck(ctx: Ctx): Promise<void> {
  const { world, report, session } = ctx
  for (const ep of served()) {
    if (ep.endpoint.access === 'public') {
      await login(ctx, ep)
      continue
    }
    if (isDestructive(ep) && !session.dev) {
      report.skip('schema', ep.label, 'changes who the caller is; needs /dev/reset')
      continue
    }
    if (isWrite(ep)) await fresh(ctx)
    const sample = await setup(ctx, 'schema', ep, () => sampleOf(world, ep))
    if (!sample) continue
    const { role, input } = sample
    report.add(
      'schema',
      ep.label,
      `valid request as ${role}`,
      isSuccess(ep, await world.send(ep, role, input)),
    )
    const bad = invalidInput(ep, input)
    if (bad)
      report.add(
        'schema',
        ep.label,
        bad.what,
        isError(await world.send(ep, role, bad.input), ['VALIDATION_FAILED']),
      )
    if (ep.endpoint.params) {
      const res = await world.send(ep, role, unknownIds(ep, input))
      report.add('schema', ep.label, 'unknown id → 404', isError(res, ['NOT_FOUND']))
    }
    if (isDestructive(ep)) await fresh(ctx)
  }
}

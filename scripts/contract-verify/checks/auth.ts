import { isError, isSuccess } from '../assert'
import { ROLES, served } from '../endpoints'
import { fillPath } from '../http'
import { sampleOf } from '../samples'
import { fresh, placeholder, setup, type Ctx } from './context'

/** Tokens no server issued: nothing, a made-up token, a malformed header. */
const BAD_AUTH: { what: string; header: string | null }[] = [
  { what: 'no token → 401', header: null },
  { what: 'unknown token → 401', header: 'Bearer cv-not-a-token-0000000000000000' },
  { what: 'not a Bearer → 401', header: 'Basic Y29udHJhY3Q6dmVyaWZ5' },
]

/** Every endpoint that names roles refuses a request without a valid token with 401, before reading it. */
export async function authCheck(ctx: Ctx): Promise<void> {
  const { world, report } = ctx
  for (const ep of served().filter((e) => e.roles.length > 0)) {
    for (const { what, header } of BAD_AUTH) {
      const input = placeholder(ep)
      const headers: Record<string, string> = header ? { authorization: header } : {}
      if (ep.idempotent) headers['idempotency-key'] = `cv-auth-${Date.now()}`
      const res = await world.session.http.send({
        method: ep.method,
        path: fillPath(ep.path, input.params),
        body: input.body,
        headers,
      })
      report.add('auth', ep.label, what, isError(res, ['UNAUTHENTICATED']))
    }
  }
}

/**
 * The role × endpoint matrix from the descriptors' `access`: a role not listed gets 403 whatever
 * it sends; every listed role reads its GETs (200 and the response schema).
 */
export async function accessCheck(ctx: Ctx): Promise<void> {
  const { world, report, session } = ctx
  await fresh(ctx)
  for (const ep of served().filter((e) => e.roles.length > 0)) {
    for (const role of ROLES) {
      if (!session.has(role)) {
        report.skip('access', ep.label, `no token for ${role}`)
        continue
      }
      if (!ep.roles.includes(role)) {
        const res = await world.send(ep, role, placeholder(ep))
        report.add('access', ep.label, `${role} → 403`, isError(res, ['FORBIDDEN']))
      } else if (ep.method === 'GET') {
        const sample = await setup(ctx, 'access', ep, () => sampleOf(world, ep, role))
        if (sample)
          report.add(
            'access',
            ep.label,
            `${role} reads it`,
            isSuccess(ep, await world.send(ep, role, sample.input)),
          )
      }
    }
  }
}

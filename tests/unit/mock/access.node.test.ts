import { z } from 'zod'
import { api, endpoint, Ok, type Role } from '../../../src/contract'
import type { AnyEndpoint } from '../../../mock/route-types'
import {
  call,
  callEndpoint,
  envelope,
  expectOk,
  extendedRouter,
  loginAs,
  SEEDED_USER_IDS,
  testBackend,
} from './helpers'

/** A concrete path for a template: every `:param` becomes `x`. */
function concretePath(template: string): string {
  return template.replace(/:[^/]+/g, 'x')
}

const testOnly = {
  gridOnly: endpoint({
    status: 200,
    method: 'POST',
    path: '/test/grid-only',
    summary: 'test',
    access: ['grid_worker'],
    response: Ok,
  }),
  merchantOnly: endpoint({
    status: 200,
    method: 'GET',
    path: '/test/merchant-only',
    summary: 'test',
    access: ['merchant'],
    response: Ok,
  }),
  residentsAndMerchants: endpoint({
    status: 200,
    method: 'GET',
    path: '/test/shop/:id',
    summary: 'test',
    access: ['resident', 'merchant'],
    params: z.object({ id: z.string() }),
    response: Ok,
  }),
}

describe('access, driven by the endpoint descriptors', () => {
  it('answers 401 on every role-guarded endpoint of the contract when no token is sent', async () => {
    const backend = testBackend()
    const guarded = Object.entries(api).filter(([, e]) => Array.isArray(e.access))
    expect(guarded.length).toBeGreaterThan(3)
    for (const [id, e] of guarded) {
      const res = await call(backend, e.method, concretePath(e.path))
      expect([id, res.status]).toEqual([id, 401])
      expect(envelope(res).error.code).toBe('UNAUTHENTICATED')
    }
  })

  it('serves dev endpoints without a token', async () => {
    const backend = testBackend()
    const dev = Object.entries(api).filter(([, e]) => e.access === 'dev' && e.method === 'GET')
    expect(dev.length).toBeGreaterThan(0)
    for (const [id, e] of dev) {
      expect([id, (await call(backend, e.method, e.path)).status]).toEqual([id, 200])
    }
  })

  it('lets each seeded user through exactly the endpoints whose access lists their role, else 403', async () => {
    const ok = () => ({ ok: true as const })
    const { router } = extendedRouter(testOnly, { gridOnly: ok, merchantOnly: ok, residentsAndMerchants: ok })
    const roles = new Map<string, Role>()
    let refused = 0
    for (const userId of SEEDED_USER_IDS) {
      const token = await loginAs(router, userId)
      const me = expectOk(await callEndpoint(router, api.me, { token }))
      roles.set(userId, me.role)
      for (const [id, e] of Object.entries(testOnly) as [string, AnyEndpoint][]) {
        const res = await call(router, e.method, concretePath(e.path), { token })
        const allowed = (e.access as readonly Role[]).includes(me.role)
        expect([userId, id, res.status]).toEqual([userId, id, allowed ? 200 : 403])
        if (!allowed) {
          refused++
          expect(envelope(res).error).toEqual({ code: 'FORBIDDEN', message: '您没有权限进行此操作' })
        }
      }
    }
    expect(refused).toBeGreaterThan(5)
    // the unverified shop owner is still a resident: no merchant endpoints for her
    expect(roles.get('u-merchant-2')).toBe('resident')
  })
})

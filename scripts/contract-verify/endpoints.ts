import { api, ALL_ROLES, type Endpoint, type ErrorCode, type Role } from '../../src/contract'
import { STATUS_OF } from '../../mock/errors'

/** An endpoint of the contract with its id; checks select them by method, path, access and idempotency. */
export interface Ep {
  id: string
  method: string
  path: string
  /** `GET /tickets/:id`: how the table names it */
  label: string
  endpoint: Endpoint
  /** the roles allowed; empty for 'public' and 'dev' */
  roles: readonly Role[]
  dev: boolean
  idempotent: boolean
}

/** `status` is being added to the descriptors (200 | 201 | 204); before it lands a POST may answer 200 or 201. */
export function successStatuses(e: Endpoint): number[] {
  const declared = (e as { status?: number }).status
  if (declared !== undefined) return [declared]
  return e.method === 'POST' ? [200, 201] : [200]
}

/** The HTTP status every error code travels with (DESIGN.md "Errors"; the same table the OpenAPI document uses). */
export function statusOf(code: ErrorCode): number {
  return STATUS_OF[code]
}

export function endpoints(): Ep[] {
  return Object.entries(api).map(([id, raw]) => {
    const e = raw as unknown as Endpoint
    const roles = Array.isArray(e.access) ? (e.access as readonly Role[]) : []
    return {
      id,
      method: e.method,
      path: e.path,
      label: `${e.method} ${e.path}`,
      endpoint: e,
      roles,
      dev: e.access === 'dev',
      idempotent: e.idempotent === true,
    }
  })
}

/** The endpoints a real backend must serve: everything but the mock's `/dev/*`. */
export function served(): Ep[] {
  return endpoints().filter((e) => !e.dev)
}

/** Looks an endpoint up by method and path, so renamed ids do not matter. */
export function byRoute(method: string, path: string): Ep {
  const found = endpoints().find((e) => e.method === method && e.path === path)
  if (!found) throw new Error(`contract-verify: the contract has no ${method} ${path}`)
  return found
}

export function mayRoute(method: string, path: string): Ep | undefined {
  return endpoints().find((e) => e.method === method && e.path === path)
}

/** Roles a token can be asked for, in the order samples prefer them. */
export const ROLES: readonly Role[] = ALL_ROLES

/** Writes change state: the kit resets (when it can) before each so fixtures are found fresh. */
export function isWrite(e: Ep): boolean {
  return e.method !== 'GET'
}

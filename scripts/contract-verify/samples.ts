import { z } from 'zod'
import type { Role } from '../../src/contract'
import { endpoints, ROLES, type Ep } from './endpoints'
import { MERCHANT_SAMPLES } from './samples-merchant'
import { MORE_SAMPLES } from './samples-more'
import { TICKET_SAMPLES } from './samples-tickets'
import { WORKBENCH_SAMPLES } from './samples-workbench'
import { Broken, Missing, type Input, type World } from './world'

/** How to build a valid request for one endpoint (keyed `METHOD /path`, so renamed ids do not matter). */
export interface SampleSpec {
  /** who calls it; default: the first role of its `access` the kit has a token for */
  roles?: readonly Role[]
  /** the request changes who someone is: sent only when the data can be reset afterwards */
  destructive?: boolean
  build: (w: World, role: Role) => Promise<Input>
}
export type SampleTable = Record<string, SampleSpec>

const TABLE: SampleTable = { ...TICKET_SAMPLES, ...WORKBENCH_SAMPLES, ...MORE_SAMPLES, ...MERCHANT_SAMPLES }

export interface Sample {
  role: Role
  input: Input
}

/**
 * `GET /x/:id` without a sample: an id from `GET /x` (`GET /redemptions/:id` ← `GET /redemptions`);
 * anything else: an empty request, when the descriptor's schemas accept one.
 */
async function derive(w: World, ep: Ep, role: Role): Promise<Input> {
  const input: Input = {}
  const { params, query, body } = ep.endpoint
  if (params) {
    const parent = ep.path.replace(/\/:\w+$/, '')
    const list = endpoints().find((e) => e.method === 'GET' && e.path === parent)
    if (ep.method !== 'GET' || parent === ep.path || !list) throw new Missing('no sample for this endpoint')
    const res = await w.session.as(role, { method: 'GET', path: parent, query: {} })
    const id = (res.body as { items?: { id?: unknown }[] } | undefined)?.items?.[0]?.id
    if (res.status !== 200) throw new Broken(`GET ${parent} answered ${res.status}`)
    if (typeof id !== 'string') throw new Missing(`GET ${parent} lists nothing`)
    input.params = { id }
  }
  if (query && query.safeParse({}).success) input.query = {}
  else if (query) throw new Missing('no sample query for this endpoint')
  if (body && body.safeParse({}).success) input.body = {}
  else if (body) throw new Missing('no sample body for this endpoint')
  return input
}

/** The role a sample of `ep` is sent as. */
export function sampleRole(w: World, ep: Ep): Role {
  const spec = TABLE[ep.label]
  const allowed = ROLES.filter((r) => ep.roles.includes(r))
  return w.role(spec?.roles ?? allowed)
}

export function isDestructive(ep: Ep): boolean {
  return TABLE[ep.label]?.destructive === true
}

/** A request the contract's own schemas accept; throws Missing when the server offers nothing to build it from. */
export async function sampleOf(w: World, ep: Ep, role = sampleRole(w, ep)): Promise<Sample> {
  const spec = TABLE[ep.label]
  const input = spec ? await spec.build(w, role) : await derive(w, ep, role)
  assertValid(ep, input)
  return { role, input }
}

/** A sample the contract itself refuses is a bug of the kit, not of the server. */
function assertValid(ep: Ep, input: Input): void {
  const parts: [string, z.ZodType | undefined, unknown][] = [
    ['params', ep.endpoint.params, input.params],
    ['query', ep.endpoint.query, input.query],
    ['body', ep.endpoint.body, input.body],
  ]
  for (const [name, schema, value] of parts) {
    if (!schema) continue
    const parsed = schema.safeParse(value)
    if (!parsed.success)
      throw new Error(`contract-verify: the sample ${name} of ${ep.label} breaks the contract`)
  }
}

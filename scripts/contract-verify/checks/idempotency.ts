import { z } from 'zod'
import type { Role } from '../../../src/contract'
import { describe, isError, isSuccess, sameJson, type Verdict } from '../assert'
import { served, type Ep } from '../endpoints'
import { isFilePart, type Answer } from '../http'
import { isDestructive, sampleOf } from '../samples'
import { newKey, type Input, type World } from '../world'
import { fresh, setup, type Ctx } from './context'

const CONCURRENT = 4

/** What one effect of a write looks like from outside: how many items a list of the caller holds. */
const PROBES: Record<string, string> = {
  'POST /tickets': '/tickets?scope=mine',
  'POST /redemptions': '/redemptions',
}

async function count(w: World, role: Role, probe: string): Promise<number> {
  const [path, search] = probe.split('?')
  const query = Object.fromEntries(new URLSearchParams(search ?? ''))
  return (await w.all(role, path, z.object({ id: z.string() }), query)).length
}

/** Another valid request for the same endpoint: a number, flag or text of the body changed, else another id. */
export function variant(ep: Ep, input: Input): Input | null {
  const body = input.body
  if (ep.endpoint.body && body && typeof body === 'object' && !isFilePart(body)) {
    const entries = Object.entries(body as Record<string, unknown>)
    const changes = [
      ...entries
        .filter(([, v]) => typeof v === 'number')
        .flatMap(([k, v]) => [
          [k, (v as number) + 1],
          [k, (v as number) - 1],
        ]),
      ...entries.filter(([, v]) => typeof v === 'boolean').map(([k, v]) => [k, !v]),
      ...entries.filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, `${v as string}又`]),
    ]
    for (const [k, v] of changes) {
      const changed = { ...(body as object), [k as string]: v }
      if (ep.endpoint.body.safeParse(changed).success) return { ...input, body: changed }
    }
  }
  if (input.params?.id) return { ...input, params: { ...input.params, id: `${input.params.id}-other` } }
  return null
}

/** One effect: every success is the same answer, the rest are 409 "still running", the probe moved by one. */
function oneEffect(ep: Ep, answers: Answer[], delta: number | null): Verdict {
  const ok = answers.filter((a) => a.status < 300)
  const bad = answers
    .map((a) => (a.status < 300 ? isSuccess(ep, a) : isError(a, ['CONFLICT'])))
    .find((v) => v !== null)
  if (bad) return bad
  if (ok.length === 0) return 'no request succeeded'
  if (!ok.every((a) => sameJson(a.body, ok[0].body))) return `${ok.length} different answers for one key`
  if (delta !== null && delta !== 1) return `${delta} effects for one key`
  return null
}

/** One key: the first answer, its replay (same answer, one effect), another request → 422; then no key → 400. */
async function sequential(ctx: Ctx, ep: Ep, role: Role, input: Input): Promise<void> {
  const { world, report } = ctx
  const add = (name: string, v: Verdict) => report.add('idempotency', ep.label, name, v)
  const probe = PROBES[ep.label]
  const before = probe ? await count(world, role, probe) : 0
  const key = newKey('replay')
  const first = await world.send(ep, role, input, key)
  const second = await world.send(ep, role, input, key)
  const delta = probe ? (await count(world, role, probe)) - before : null
  const firstOk = isSuccess(ep, first)
  add(
    'replay → same answer, one effect',
    firstOk
      ? `first request: ${firstOk}`
      : second.status !== first.status || !sameJson(second.body, first.body)
        ? `the replay answered ${describe(second)} with another body`
        : delta !== null && delta !== 1
          ? `${delta} effects for one key`
          : null,
  )
  const other = variant(ep, input)
  if (other) {
    add(
      'same key, other request → 422',
      isError(await world.send(ep, role, other, key), ['IDEMPOTENCY_MISMATCH']),
    )
  } else report.skip('idempotency', ep.label, 'no other valid request to send')
  // last, so a server that runs it anyway cannot spoil the cases above
  add('no key → 400', isError(await world.send(ep, role, input, null), ['VALIDATION_FAILED']))
}

/** Requests with one key at once: one effect. */
async function concurrent(ctx: Ctx, ep: Ep, role: Role, input: Input): Promise<void> {
  const { world } = ctx
  const probe = PROBES[ep.label]
  const before = probe ? await count(world, role, probe) : 0
  const key = newKey('concurrent')
  const answers = await Promise.all(
    Array.from({ length: CONCURRENT }, () => world.send(ep, role, input, key)),
  )
  const delta = probe ? (await count(world, role, probe)) - before : null
  ctx.report.add(
    'idempotency',
    ep.label,
    `${CONCURRENT} at once, one key → one effect`,
    oneEffect(ep, answers, delta),
  )
}

/**
 * Every endpoint marked `idempotent` (IETF Idempotency-Key draft): the key is required, a replay
 * gets the first answer and no second effect, the same key with another request 422, and
 * concurrent requests with one key have one effect. Each case starts from fresh data.
 */
export async function idempotencyCheck(ctx: Ctx): Promise<void> {
  for (const ep of served().filter((e) => e.idempotent)) {
    if (isDestructive(ep) && !ctx.session.dev) {
      ctx.report.skip('idempotency', ep.label, 'changes who the caller is; needs /dev/reset')
      continue
    }
    for (const run of [sequential, concurrent]) {
      await fresh(ctx)
      const sample = await setup(ctx, 'idempotency', ep, () => sampleOf(ctx.world, ep))
      if (sample) await run(ctx, ep, sample.role, sample.input)
    }
  }
}

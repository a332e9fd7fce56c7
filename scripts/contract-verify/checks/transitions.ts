import type { ErrorCode, Role, TicketStatus } from '../../../src/contract'
import { isError, isSuccess } from '../assert'
import { mayRoute, served, statusOf, type Ep } from '../endpoints'
import { mergeCandidates, myTickets, queue, ticketDetail } from '../samples-tickets'
import { isDestructive, sampleOf } from '../samples'
import type { Input, World } from '../world'
import { fresh, setup, type Ctx } from './context'

/**
 * DESIGN.md "Ticket lifecycle": the statuses each action may start from. Everything else is an
 * illegal transition, refused with 409 ILLEGAL_TRANSITION.
 */
const LEGAL_FROM: Record<string, { who: Role; from: readonly TicketStatus[]; unjudged?: TicketStatus }> = {
  accept: { who: 'grid_worker', from: ['submitted'] },
  reject: { who: 'grid_worker', from: ['submitted'] },
  merge: { who: 'grid_worker', from: ['submitted'] },
  dispatch: { who: 'grid_worker', from: ['accepted'] },
  resolve: { who: 'grid_worker', from: ['accepted'] },
  urge: { who: 'resident', from: ['dispatched', 'processing'] },
  rating: { who: 'resident', from: ['resolved'] },
  // a closed ticket may be reopened within 7 days of its resolution only: closed is not judged here
  reopen: { who: 'resident', from: ['resolved'], unjudged: 'closed' },
}

/** A ticket of each status the caller can act on: the grid's queue, or the resident's own reports. */
async function oneOfEach(w: World, who: Role): Promise<Map<TicketStatus, string>> {
  const list = who === 'grid_worker' ? await queue(w) : await myTickets(w, who)
  const out = new Map<TicketStatus, string>()
  for (const t of list) {
    // 我的上报 also lists tickets I followed (我也遇到): only the reporter may act on those
    if (out.has(t.status) || (who !== 'grid_worker' && !(await ticketDetail(w, who, t.id)).mine)) continue
    out.set(t.status, t.id)
  }
  return out
}

async function bodyFor(w: World, action: string, id: string, others: string[]): Promise<unknown> {
  if (action === 'reject') return { reason: '经核实，问题不在本网格职责内' }
  if (action === 'merge') {
    const candidates = await mergeCandidates(w, id).catch(() => ({ items: [] as { id: string }[] }))
    return { intoId: candidates.items[0]?.id ?? others.find((o) => o !== id) ?? id }
  }
  if (action === 'dispatch') return {}
  if (action === 'resolve') return { note: '已现场处理完毕', photos: [await w.upload('grid_worker')] }
  if (action === 'rating') return { stars: 4, comment: '' }
  if (action === 'reopen') return { reason: '问题又出现了，请再来看看' }
  return undefined
}

function refused(
  ep: Ep,
  answer: Parameters<typeof isError>[0],
  codes: readonly ErrorCode[] = ['ILLEGAL_TRANSITION'],
) {
  return answer.status < 300
    ? `the server performed it: ${isSuccess(ep, answer) ?? answer.status}`
    : isError(answer, codes)
}

/** Every ticket action from every status it may not start from (one ticket per status the server shows). */
async function ticketMatrix(ctx: Ctx): Promise<void> {
  const { world, report } = ctx
  for (const [action, { who, from, unjudged }] of Object.entries(LEGAL_FROM)) {
    const ep = mayRoute('POST', `/tickets/:id/${action}`)
    if (!ep) continue
    await fresh(ctx)
    const tickets = await setup(ctx, 'transitions', ep, () => oneOfEach(world, world.role([who])))
    if (!tickets) continue
    const ids = [...tickets.values()]
    for (const [status, id] of tickets) {
      if (from.includes(status) || status === unjudged) continue
      const input: Input = { params: { id }, body: await bodyFor(world, action, id, ids) }
      report.add(
        'transitions',
        ep.label,
        `from ${status} → 409`,
        refused(ep, await world.send(ep, who, input)),
      )
    }
  }
}

/**
 * A legal step taken twice (with a new Idempotency-Key, so it is no replay): the second is
 * refused — an accepted ticket cannot be accepted again, a voucher cannot be cancelled or
 * redeemed twice, an urge waits 24 hours.
 */
const TWICE: Record<string, readonly ErrorCode[]> = {
  'POST /tickets/:id/accept': ['ILLEGAL_TRANSITION'],
  'POST /tickets/:id/reject': ['ILLEGAL_TRANSITION'],
  'POST /tickets/:id/merge': ['ILLEGAL_TRANSITION'],
  'POST /tickets/:id/dispatch': ['ILLEGAL_TRANSITION'],
  'POST /tickets/:id/resolve': ['ILLEGAL_TRANSITION'],
  'POST /tickets/:id/urge': ['RATE_LIMITED'],
  'POST /tickets/:id/rating': ['ILLEGAL_TRANSITION'],
  'POST /tickets/:id/reopen': ['ILLEGAL_TRANSITION'],
  'POST /tickets/:id/support': ['CONFLICT'],
  'POST /activities/:id/signup': ['CONFLICT', 'ILLEGAL_TRANSITION'],
  'DELETE /activities/:id/signup': ['CONFLICT', 'ILLEGAL_TRANSITION'],
  'POST /activities/:id/checkin': ['CONFLICT', 'ILLEGAL_TRANSITION'],
  'POST /activities/:id/checkout': ['CONFLICT', 'ILLEGAL_TRANSITION'],
  'POST /redemptions/:id/cancel': ['ILLEGAL_TRANSITION'],
  'POST /redemptions/verify': ['CONFLICT', 'ILLEGAL_TRANSITION'],
}

async function twice(ctx: Ctx, ep: Ep, codes: readonly ErrorCode[]): Promise<void> {
  if (isDestructive(ep) && !ctx.session.dev) return
  await fresh(ctx)
  const sample = await setup(ctx, 'transitions', ep, () => sampleOf(ctx.world, ep))
  if (!sample) return
  const first = await ctx.world.send(ep, sample.role, sample.input)
  const firstOk = isSuccess(ep, first)
  ctx.report.add('transitions', ep.label, 'legal step', firstOk)
  if (firstOk !== null) return
  const again = await ctx.world.send(ep, sample.role, sample.input)
  const what = codes.map((c) => `${statusOf(c)} ${c}`).join(' / ')
  ctx.report.add('transitions', ep.label, `the same step again → ${what}`, refused(ep, again, codes))
}

export async function transitionsCheck(ctx: Ctx): Promise<void> {
  await ticketMatrix(ctx)
  for (const ep of served()) {
    const codes = TWICE[ep.label]
    if (codes) await twice(ctx, ep, codes)
  }
}

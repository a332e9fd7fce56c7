import { LedgerEntry, Redemption, type Role } from '../../../src/contract'
import { isError, isSuccess, type Verdict } from '../assert'
import { mayRoute, type Ep } from '../endpoints'
import type { Answer } from '../http'
import { account, rewards } from '../samples-more'
import { Missing, type World } from '../world'
import { fresh, setup, type Ctx } from './context'

/** At most this many redemptions race each other. */
const MAX_RACERS = 12

/** One piece of every reward the caller could still get, until together they cost more than the balance. */
async function overspendPlan(w: World, role: Role) {
  const { balance } = await account(w, role)
  const stock = new Map<string, number>()
  const plan: { rewardId: string; cost: number }[] = []
  for (const r of await rewards(w, role)) {
    stock.set(r.id, r.stock)
    if (r.cost > balance) continue
    const left = Math.min(r.perPersonLimit - r.myCount, r.stock)
    for (let i = 0; i < left && plan.length < MAX_RACERS; i++) plan.push({ rewardId: r.id, cost: r.cost })
  }
  const asked = plan.reduce((n, p) => n + p.cost, 0)
  if (balance === 0 || asked <= balance)
    throw new Missing(`cannot ask for more than the balance (${balance}) at once`)
  return { balance, plan, stock }
}

/** The ledger's own arithmetic: the balance is the sum of the entries, and never below zero. */
async function ledgerAgrees(w: World, role: Role): Promise<Verdict> {
  const entries = await w.all(role, '/points/ledger', LedgerEntry)
  const { balance } = await account(w, role)
  const sum = entries.reduce((n, e) => n + e.amount, 0)
  if (sum !== balance) return `balance ${balance} ≠ Σ ledger ${sum}`
  const negative = entries.find((e) => e.balanceAfter < 0)
  return balance < 0
    ? `balance ${balance} < 0`
    : negative
      ? `entry ${negative.id} leaves ${negative.balanceAfter}`
      : null
}

const vouchers = (answers: Answer[]) =>
  answers
    .filter((a) => a.status < 300)
    .flatMap((a) => {
      const r = Redemption.safeParse(a.body)
      return r.success ? [r.data] : []
    })

/**
 * Points can't be spent twice: redemptions that together ask for more than the balance race
 * each other; what succeeded is exactly what left the balance (one ledger entry each), the
 * balance is Σ ledger ≥ 0, stock fell by what was issued; then every voucher is cancelled twice
 * at once and refunded once.
 */
export async function ledgerCheck(ctx: Ctx): Promise<void> {
  const { world, report } = ctx
  const redeem = mayRoute('POST', '/redemptions')
  const cancel = mayRoute('POST', '/redemptions/:id/cancel')
  if (!redeem) return
  await fresh(ctx)
  const role = world.session.has('resident') ? 'resident' : 'merchant'
  const start = await setup(ctx, 'ledger', redeem, () => overspendPlan(world, role))
  if (!start) return
  const add = (ep: Ep, name: string, v: Verdict) => report.add('ledger', ep.label, name, v)

  const answers = await Promise.all(
    start.plan.map((p) => world.send(redeem, role, { body: { rewardId: p.rewardId, quantity: 1 } })),
  )
  const refusals = ['INSUFFICIENT_POINTS', 'OUT_OF_STOCK', 'CONFLICT'] as const
  add(
    redeem,
    `${answers.length} at once: each a voucher or a refusal`,
    answers
      .map((a) => (a.status < 300 ? isSuccess(redeem, a) : isError(a, refusals)))
      .find((v) => v !== null) ?? null,
  )
  const issued = vouchers(answers)
  const spent = issued.reduce((n, v) => n + v.points, 0)
  add(
    redeem,
    'spent ≤ the balance before',
    spent <= start.balance ? null : `${issued.length} vouchers for ${spent} points out of ${start.balance}`,
  )
  const after = await account(world, role)
  add(
    redeem,
    'balance fell by what was spent',
    after.balance === start.balance - spent ? null : `${start.balance} − ${spent} ≠ ${after.balance}`,
  )
  add(redeem, 'balance = Σ ledger ≥ 0', await ledgerAgrees(world, role))
  const entries = await world.all(role, '/points/ledger', LedgerEntry)
  const unmatched = issued.filter(
    (v) => entries.filter((e) => e.ref === v.id && e.amount === -v.points).length !== 1,
  )
  add(
    redeem,
    'one ledger entry per voucher',
    unmatched.length ? `${unmatched.length} vouchers without exactly one entry` : null,
  )
  const stockNow = new Map((await rewards(world, role)).map((r) => [r.id, r.stock]))
  const wrongStock = [...start.stock].filter(
    ([id, s]) => stockNow.get(id) !== s - issued.filter((v) => v.reward.id === id).length,
  )
  add(
    redeem,
    'stock fell by what was issued',
    wrongStock.length ? `stock of ${wrongStock.map(([id]) => id).join(', ')} is off` : null,
  )

  if (!cancel || issued.length === 0) return
  const cancels = await Promise.all(
    issued.flatMap((v) => [v, v].map(() => world.send(cancel, role, { params: { id: v.id } }))),
  )
  const twice = issued.filter(
    (_, i) => cancels.slice(2 * i, 2 * i + 2).filter((a) => a.status < 300).length !== 1,
  )
  add(
    cancel,
    'cancelled twice at once: refunded once',
    twice.length ? `${twice.length} vouchers not cancelled exactly once` : null,
  )
  const back = await account(world, role)
  add(
    cancel,
    'balance back where it started',
    back.balance === start.balance ? null : `${back.balance} ≠ ${start.balance}`,
  )
  add(cancel, 'balance = Σ ledger ≥ 0', await ledgerAgrees(world, role))
}

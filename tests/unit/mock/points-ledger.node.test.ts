import { api, POINTS_RULES, type LedgerEntry } from '../../../src/contract'
import { rewardRating, rewardReportAccepted } from '../../../mock/points/award'
import { perform } from '../../../mock/tickets/commands'
import { expectOk, T0, testBackend } from './helpers'
import { asUser, type AsUser } from './points-helpers'

const DAY_MIN = 24 * 60

/** The ledger's own arithmetic: every balanceAfter is the running sum, and the balance is the sum. */
async function expectConsistent(u: AsUser): Promise<LedgerEntry[]> {
  const ledger = await u.ledger()
  let sum = 0
  for (const e of ledger) {
    sum += e.amount
    expect([e.id, e.balanceAfter]).toEqual([e.id, sum])
    expect(e.balanceAfter).toBeGreaterThanOrEqual(0)
  }
  expect((await u.account()).balance).toBe(sum)
  return ledger
}

describe('points account', () => {
  it('u-resident-1 starts with 120 points, 10 of them expiring within 30 days', async () => {
    const r1 = await asUser(testBackend(), 'u-resident-1')
    expect(await r1.account()).toEqual({
      balance: 120,
      expiringSoon: { points: 10, until: '2026-12-28T09:00:00+08:00', firstAt: '2026-12-18T10:00:00+08:00' },
      totalEarned: 185,
      // the 理发 voucher redeemed three days ago is still unused
      unusedVouchers: 1,
    })
    const ledger = await expectConsistent(r1)
    expect(new Set(ledger.map((e) => e.reason))).toEqual(
      new Set(['activity', 'report_accepted', 'rating', 'redemption', 'expiry']),
    )
    expect(ledger.filter((e) => e.reason === 'expiry').map((e) => e.amount)).toEqual([-10, -5])
  })

  it('pages the ledger newest first without gaps or repeats', async () => {
    const r1 = await asUser(testBackend(), 'u-resident-1')
    const page = expectOk(await r1.call(api.pointsLedger, { query: { limit: 5 } }))
    expect(page.items.map((e) => e.at)).toEqual([...page.items.map((e) => e.at)].sort().reverse())
    expect(page.items[0]).toMatchObject({ reason: 'rating', balanceAfter: 120 })
    const all = await r1.ledger()
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length)
    expect(all.slice(-5).reverse()).toEqual(page.items)
  })

  it('shows others only their own points; a new resident has none', async () => {
    const backend = testBackend()
    expect((await (await asUser(backend, 'u-resident-3')).account()).balance).toBe(0)
    expect((await (await asUser(backend, 'u-resident-3')).ledger()).length).toBe(0)
    expect((await (await asUser(backend, 'u-resident-2')).account()).balance).toBe(16)
    expect((await (await asUser(backend, 'u-grid-1')).call(api.pointsAccount)).status).toBe(403)
  })
})

describe('expiry (12 months, oldest first, by the mock clock)', () => {
  it('expires the points earned 12 months ago on their day, and spending takes the oldest first', async () => {
    const backend = testBackend()
    const r1 = await asUser(backend, 'u-resident-1')
    backend.clock.advance(20 * DAY_MIN + 60) // 12-18 10:00: the first 5 of the 10 are due
    expect(await r1.account()).toMatchObject({ balance: 115, expiringSoon: { points: 5 } })
    const last = (await expectConsistent(r1)).at(-1)
    expect(last).toMatchObject({
      amount: -5,
      reason: 'expiry',
      ref: null,
      at: '2026-12-18T10:00:00+08:00',
      note: '获得满 12 个月的积分已过期',
    })
    // a redemption now spends the 5 about to expire before newer points
    expect((await r1.redeem('rw-huimian')).status).toBe(201)
    expect(await r1.account()).toMatchObject({ balance: 95, expiringSoon: { points: 0, firstAt: null } })
  })

  it('after a year everything earned before has expired: refunds of expired points expire too', async () => {
    const backend = testBackend()
    const r1 = await asUser(backend, 'u-resident-1')
    backend.clock.advance(400 * DAY_MIN)
    expect((await r1.account()).balance).toBe(0)
    const ledger = await expectConsistent(r1)
    // the unused 理发券 expired on its last day and was refunded with the expiry dates it was paid with
    const refund = ledger.find((e) => e.reason === 'refund')
    expect(refund).toMatchObject({ amount: 30, note: '「理发券」过期未使用，积分退回' })
    expect(ledger.filter((e) => e.reason === 'expiry').reduce((s, e) => s + e.amount, 0)).toBe(
      -(120 + 30 + 15),
    )
    const vouchers = await r1.vouchers()
    expect(vouchers.find((v) => v.reward.id === 'rw-haircut' && v.status === 'expired')).toBeTruthy()
  })
})

describe('points from tickets (the hooks of the ticket lifecycle)', () => {
  it('+5 when a grid worker accepts my report, +1 when I rate a resolved one, each once per ticket', async () => {
    const backend = testBackend()
    const r1 = await asUser(backend, 'u-resident-1')
    const tickets = backend.store.state.tickets.filter((t) => t.reporterId === 'u-resident-1')
    const submitted = tickets.find((t) => t.status === 'submitted')
    const resolved = tickets.find((t) => t.status === 'resolved')
    if (!submitted || !resolved) throw new Error('seed has no submitted or resolved ticket of u-resident-1')
    const grid = { kind: 'grid_worker' as const, userId: 'u-grid-1', gridId: submitted.gridId, name: '赵磊' }
    perform(backend.store, submitted.id, { type: 'accept' }, grid, backend.clock.now())
    const rated = await r1.call(api.rateTicket, {
      params: { id: resolved.id },
      body: { stars: 5, comment: '很快' },
    })
    expect(rated.status).toBe(200)
    const ledger = await expectConsistent(r1)
    expect(ledger.slice(-2)).toMatchObject([
      { amount: 5, reason: 'report_accepted', ref: submitted.id, balanceAfter: 125 },
      { amount: 1, reason: 'rating', ref: resolved.id, balanceAfter: 126 },
    ])
    expect(rewardRating(backend.store, 'u-resident-1', resolved.id, backend.clock.now())).toBeNull()
    expect(rewardReportAccepted(backend.store, 'u-resident-1', submitted.id, backend.clock.now())).toBeNull()
  })

  it('rewards at most 3 accepted reports a calendar day', async () => {
    const backend = testBackend()
    const { store } = backend
    const award = (ticket: string, at: number) => rewardReportAccepted(store, 'u-resident-3', ticket, at)
    const paid = ['t-a', 't-b', 't-c', 't-d'].map((t, i) => award(t, T0 + i * 60_000))
    expect(paid.map((e) => e?.amount ?? null)).toEqual([5, 5, 5, null])
    // the next day (Zhengzhou midnight) counts afresh
    expect(award('t-d', T0 + 15 * 60 * 60_000)?.amount).toBe(POINTS_RULES.reportAccepted)
    const r3 = await asUser(backend, 'u-resident-3')
    expect((await r3.account()).balance).toBe(20)
  })
})

import fc from 'fast-check'
import { api, type WorkbenchStats } from '../../../src/contract'
import type { StoredTicket } from '../../../mock/tickets/model'
import { expectOk, testBackend } from './helpers'
import { CENTER, signIn, uploadedPhotoId } from './ticket-helpers'
import { HOUR } from './workbench-helpers'

/**
 * 考核: GET /workbench/stats equals a recount of the store, written here the plain way (one
 * loop over the tickets), after random days of work through the router.
 */

const GRID = 'g-chuangye-lu-1'
const DAY = 24 * HOUR
const BEIJING = 8 * HOUR

const day = (ms: number) => new Date(ms + BEIJING).toISOString().slice(0, 10)

function recount(tickets: readonly StoredTicket[], from: string, to: string, now: number) {
  const start = Date.parse(`${from}T00:00:00+08:00`)
  const end = Date.parse(`${to}T00:00:00+08:00`) + DAY
  let received = 0
  let resolved = 0
  let overdue = 0
  let onSpot = 0
  let accepted = 0
  let inLimit = 0
  const stars: number[] = []
  const hours: number[] = []
  for (const t of tickets) {
    if (t.gridId !== GRID || t.createdAt < start || t.createdAt >= end) continue
    received++
    const done = t.status === 'resolved' || t.status === 'closed'
    if (done) resolved++
    if (t.deadline !== null && (t.resolvedAt ?? now) > t.deadline) overdue++
    const resolvedEvents = t.timeline.filter((e) => e.kind === 'resolved')
    if (done && resolvedEvents.at(-1)?.actor.role === 'grid_worker') onSpot++
    const acceptedAt = t.timeline.find((e) => e.kind === 'accepted')?.at
    if (acceptedAt !== undefined) {
      accepted++
      if (acceptedAt - t.createdAt <= 2 * HOUR) inLimit++
    }
    if (t.rating) stars.push(t.rating.stars)
    if (done && t.resolvedAt !== null) hours.push((t.resolvedAt - t.createdAt) / HOUR)
  }
  hours.sort((a, b) => a - b)
  const mid = hours.length / 2
  const median =
    hours.length === 0 ? null : hours.length % 2 ? hours[Math.floor(mid)] : (hours[mid - 1] + hours[mid]) / 2
  return {
    received,
    resolved,
    overdue,
    solvedOnSpot: onSpot,
    accepted,
    acceptedInLimit: inLimit,
    rated: stars.length,
    meanStars: stars.length ? Math.round((stars.reduce((a, b) => a + b, 0) / stars.length) * 10) / 10 : null,
    share4: stars.length ? stars.filter((s) => s >= 4).length / stars.length : null,
    median: median === null ? null : Math.round(median * 10) / 10,
  }
}

function headline(s: WorkbenchStats) {
  return {
    received: s.received,
    resolved: s.resolved,
    overdue: s.overdue,
    solvedOnSpot: s.solvedOnSpot,
    accepted: s.accepted,
    acceptedInLimit: s.acceptedInLimit,
    rated: s.satisfaction.rated,
    meanStars: s.satisfaction.meanStars,
    share4: s.satisfaction.shareAtLeast4,
    median: s.medianHandlingHours,
  }
}

const Step = fc.oneof(
  fc.record({
    kind: fc.constant('act' as const),
    action: fc.constantFrom('accept', 'dispatch'),
    ticket: fc.integer({ min: 0, max: 9 }),
  }),
  fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 10, max: 3 * 24 * 60 }) }),
  fc.record({
    kind: fc.constant('rate' as const),
    ticket: fc.integer({ min: 0, max: 9 }),
    stars: fc.integer({ min: 1, max: 5 }),
  }),
)

describe('GET /workbench/stats', () => {
  it('equals a recount of the store after random work (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(Step, { maxLength: 14 }),
        fc.integer({ min: 1, max: 40 }),
        async (steps, span) => {
          const backend = testBackend()
          const zhao = await signIn(backend, 'u-grid-1')
          const ids = backend.store.state.tickets
            .filter((t) => t.gridId === GRID)
            .map((t) => t.id)
            .slice(0, 10)
          for (const step of steps) {
            if (step.kind === 'wait') backend.clock.advance(step.minutes)
            else if (step.kind === 'act') {
              const id = ids[step.ticket % ids.length]
              if (step.action === 'accept') await zhao.call(api.acceptTicket, { params: { id } })
              else if (step.action === 'dispatch')
                await zhao.call(api.dispatchTicket, { params: { id }, body: {} })
            } else {
              const id = ids[step.ticket % ids.length]
              const t = backend.store.state.tickets.find((x) => x.id === id)
              if (t) {
                const reporter = await signIn(backend, t.reporterId)
                await reporter.call(api.rateTicket, {
                  params: { id },
                  body: { stars: step.stars, comment: '' },
                })
              }
            }
          }
          const now = backend.clock.now()
          const to = day(now)
          const from = day(now - span * DAY)
          // long waits outlive the session: sign in again, as the app does
          const fresh = await signIn(backend, 'u-grid-1')
          const stats = expectOk(await fresh.call(api.workbenchStats, { query: { from, to } }))
          expect(headline(stats)).toEqual(recount(backend.store.state.tickets, from, to, now))
          const weeks = stats.byWeek.reduce((n, w) => n + w.received, 0)
          const categories = stats.byCategory.reduce((n, c) => n + c.received, 0)
          expect([weeks, categories]).toEqual([stats.received, stats.received])
          expect(stats.byWeek.reduce((n, w) => n + w.solvedOnSpot, 0)).toBe(stats.solvedOnSpot)
        },
      ),
      { numRuns: 15 },
    )
  })

  it('counts a patrol’s hazard solved on the spot, and only the worker’s own grid', async () => {
    const backend = testBackend()
    const zhao = await signIn(backend, 'u-grid-1')
    const sun = await signIn(backend, 'u-grid-2')
    const before = expectOk(await zhao.call(api.workbenchStats, { query: {} }))
    expect(before).toMatchObject({ to: '2026-11-28', from: '2026-11-01', acceptLimitHours: 2 })
    expect(before.byWeek[0].weekStart).toBe('2026-10-26')
    const sunBefore = expectOk(await sun.call(api.workbenchStats, { query: {} }))
    const { id } = expectOk(await zhao.call(api.startPatrol))
    const photos = [await uploadedPhotoId(zhao)]
    const afterPhotos = [await uploadedPhotoId(zhao)]
    const location = { lat: CENTER.lat + 0.001, lng: CENTER.lng }
    const body = { categoryId: 'cat-city-garbage', photos, afterPhotos, location, solved: true }
    expectOk(await zhao.call(api.reportHazard, { params: { id }, body }))
    const after = expectOk(await zhao.call(api.workbenchStats, { query: {} }))
    expect(after.received - before.received).toBe(1)
    expect(after.solvedOnSpot - before.solvedOnSpot).toBe(1)
    expect(after.resolved - before.resolved).toBe(1)
    expect(after.byCategory.find((c) => c.categoryId === 'cat-city-garbage')?.solvedOnSpot).toBeGreaterThan(0)
    expect(expectOk(await sun.call(api.workbenchStats, { query: {} }))).toEqual(sunBefore)
  })

  it('refuses a span that ends before it starts', async () => {
    const backend = testBackend()
    const zhao = await signIn(backend, 'u-grid-1')
    const res = await zhao.call(api.workbenchStats, { query: { from: '2026-11-20', to: '2026-11-10' } })
    expect(res.ok).toBe(false)
  })
})

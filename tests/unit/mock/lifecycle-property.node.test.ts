import fc from 'fast-check'
import { MockError } from '../../../mock/errors'
import { apply, replay, settle } from '../../../mock/tickets/lifecycle'
import type { StoredTicket } from '../../../mock/tickets/model'
import { DAY_MS, HOUR_MS, isOverdue, slaHoursOf, URGE_INTERVAL_MS } from '../../../mock/tickets/rules'
import {
  ACTION_TYPES,
  TRANSITIONS,
  type Action,
  type ActionType,
  type Actor,
} from '../../../mock/tickets/transitions'
import { ALL_ACTORS, ALL_STATUSES, newTicket, PARTY_ACTOR, sampleAction } from './lifecycle-fixtures'
import { T0 } from './helpers'

const THIRD_RESIDENT: Actor = { kind: 'resident', userId: 'u-merchant-1', name: '刘**' }
const ACTORS = [...ALL_ACTORS, THIRD_RESIDENT]

/** Payloads that fail validation, so refusals of every kind are exercised. */
function brokenAction(action: Action): Action {
  switch (action.type) {
    case 'resolve':
    case 'resolveOnSpot':
      return { ...action, photos: [] }
    case 'reject':
      return { ...action, reason: ' ' }
    case 'rate':
      return { ...action, stars: 0 }
    default:
      return action
  }
}

/** null: whoever the table says may take the action */
function actorFor(s: { type: ActionType; actor: Actor | null }): Actor {
  return s.actor ?? PARTY_ACTOR[TRANSITIONS[s.type].by]
}

function checkInvariants(t: StoredTicket, now: number): void {
  expect(ALL_STATUSES).toContain(t.status)
  expect(replay(t.timeline)).toBe(t.status)
  const working = t.status === 'dispatched' || t.status === 'processing'
  if (working) {
    expect(t.departmentId).not.toBeNull()
    // the SLA of the category it has now (改派 may have changed it)
    expect(t.deadline).toBe((t.dispatchedAt as number) + slaHoursOf(t.categoryId) * HOUR_MS)
  }
  expect(isOverdue(t, now)).toBe(working && now > (t.deadline as number))
  if (t.status === 'resolved' || t.status === 'closed') expect(t.resolvedAt).not.toBeNull()
  // settle() ran: nothing stays resolved past its auto-close
  if (t.status === 'resolved') expect(now).toBeLessThan((t.resolvedAt as number) + 7 * DAY_MS)
  if (t.rating !== null) expect(t.status).toBe('closed')
  expect(t.mergedIntoId !== null).toBe(t.status === 'merged')
  expect(new Set(t.supporterIds).size).toBe(t.supporterIds.length)
  expect(t.supporterIds).not.toContain(t.reporterId)
  const urges = t.timeline.filter((e) => e.kind === 'urged').map((e) => e.at)
  urges.slice(1).forEach((at, i) => expect(at - urges[i]).toBeGreaterThanOrEqual(URGE_INTERVAL_MS))
}

/** Mostly the actions that move a ticket along, by the right party half the time, so runs go deep. */
const step = fc.record({
  type: fc.oneof(
    { arbitrary: fc.constantFrom(...ACTION_TYPES), weight: 1 },
    {
      arbitrary: fc.constantFrom<ActionType>(
        'accept',
        'dispatch',
        'start',
        'resolve',
        'urge',
        'rate',
        'reopen',
        'support',
      ),
      weight: 3,
    },
  ),
  actor: fc.option(fc.constantFrom(...ACTORS), { freq: 2 }),
  broken: fc.boolean(),
  /** minutes; up to 3 days, so SLAs pass, urges come again and auto-close happens */
  advance: fc.integer({ min: 0, max: 3 * 24 * 60 }),
})

describe('ticket lifecycle under random actions by random actors', () => {
  it('never reaches an illegal state; refusals change nothing; the timeline replays; overdue follows the clock', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let ticket = newTicket()
        let now = T0
        for (const s of steps) {
          now += s.advance * 60_000
          ticket = settle(ticket, now)
          checkInvariants(ticket, now)
          const action = s.broken ? brokenAction(sampleAction(s.type)) : sampleAction(s.type)
          const before = JSON.stringify(ticket)
          let next: StoredTicket | null = null
          try {
            next = apply(ticket, action, actorFor(s), now)
          } catch (e) {
            expect(e).toBeInstanceOf(MockError)
          }
          expect(JSON.stringify(ticket)).toBe(before)
          if (next) {
            const rule = TRANSITIONS[s.type]
            expect(rule.from).toContain(ticket.status)
            expect(next.status).toBe(rule.to ?? ticket.status)
            expect(next.timeline).toHaveLength(ticket.timeline.length + 1)
            ticket = next
          }
          checkInvariants(ticket, now)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('reaches every status along the way (the property is not vacuous)', () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(fc.array(step, { minLength: 30, maxLength: 60 }), (steps) => {
        let ticket = newTicket()
        let now = T0
        for (const s of steps) {
          now += s.advance * 60_000
          ticket = settle(ticket, now)
          try {
            ticket = apply(ticket, sampleAction(s.type), actorFor(s), now)
          } catch {
            // refused: fine
          }
          seen.add(ticket.status)
        }
      }),
      { numRuns: 300, seed: 42 },
    )
    expect([...seen].sort()).toEqual([...ALL_STATUSES].sort())
  })
})

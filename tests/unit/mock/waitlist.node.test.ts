import fc from 'fast-check'
import { api } from '../../../src/contract'
import type { MockBackend } from '../../../mock/backend'
import { expectOk, testBackend } from './helpers'
import { asUser, expectRefusal, type AsUser } from './points-helpers'

/**
 * 候补: act-sorting (垃圾分类指导, 4 days on) is made small in each test so real people fill it;
 * act-library is full with neighbours who have no account.
 */

/** Residents created for the test, who sign in like the seeded ones. */
function addResidents(backend: MockBackend, n: number): string[] {
  const ids = Array.from({ length: n }, (_, i) => `u-wait-${String(i + 1).padStart(2, '0')}`)
  for (const [i, id] of ids.entries()) {
    backend.store.state.users.push({
      id,
      role: 'resident',
      nickname: `候补${i + 1}号`,
      phone: `1390000${String(1000 + i)}`,
      communityId: 'c-chuangye-lu',
      gridId: null,
      merchant: null,
      description: '居民 · 创业路社区',
    })
  }
  return ids
}

/** act-sorting with exactly `places` more places than it has sign-ups now. */
function shrink(backend: MockBackend, places: number): void {
  const a = backend.store.state.volunteer.activities.find((x) => x.id === 'act-sorting')!
  const taken = backend.store.state.volunteer.signups.filter(
    (s) => s.activityId === a.id && s.cancelledAt === null,
  ).length
  a.capacity = taken + places
}

let keys = 0
const key = () => `k-${++keys}`
const detail = async (u: AsUser, id = 'act-sorting') =>
  expectOk(await u.call(api.getActivity, { params: { id } }))
const signUp = (u: AsUser, id = 'act-sorting') =>
  u.call(api.signUpActivity, { params: { id }, idempotencyKey: key() })
const join = (u: AsUser, id = 'act-sorting') =>
  u.call(api.joinWaitlist, { params: { id }, idempotencyKey: key() })
const cancel = (u: AsUser, id = 'act-sorting') =>
  u.call(api.cancelSignup, { params: { id }, idempotencyKey: key() })

/**
 * A fresh backend with `holders + waiters` new residents signed in and act-sorting down to
 * `holders` places, which the first `holders` of them take; the others are still to join the line.
 */
async function fullSorting(holders: number, waiters: number) {
  const backend = testBackend()
  const ids = addResidents(backend, holders + waiters)
  const people = await Promise.all(ids.map((id) => asUser(backend, id)))
  shrink(backend, holders)
  for (const u of people.slice(0, holders)) expectOk(await signUp(u))
  return { backend, ids, people }
}

describe('候补 (POST/DELETE /activities/:id/waitlist)', () => {
  it('a full activity offers 候补; the first in line gets the place when someone cancels, and a message', async () => {
    const { people } = await fullSorting(1, 2)
    const [ua, ub, uc] = people
    const full = await detail(ub)
    expect(full).toMatchObject({ capacityLeft: 0, can: { signup: false, waitlist: true } })
    expect(full.signupBlockedReason).toBe('名额已满')

    expect(expectOk(await join(ub)).waitlist).toEqual({ count: 1, myPosition: 1 })
    expect(expectOk(await join(uc)).waitlist).toEqual({ count: 2, myPosition: 2 })
    expectRefusal(await join(uc), 409, 'CONFLICT', '您已经在候补名单里了')
    expectRefusal(await join(ua), 409, 'CONFLICT', '您已经报名了这个活动')

    expectOk(await cancel(ua))
    const promoted = await detail(ub)
    expect(promoted.mine?.status).toBe('signed_up')
    expect(promoted.waitlist).toEqual({ count: 1, myPosition: null })
    expect((await detail(uc)).waitlist).toEqual({ count: 1, myPosition: 1 })
    const messages = expectOk(await ub.call(api.listNotifications)).items
    expect(messages[0]).toMatchObject({
      kind: 'activity',
      title: '候补成功，已为您报名',
      activityId: 'act-sorting',
    })
    expect(messages[0].body).toContain('「垃圾分类指导」有人取消了报名，您已从候补转为正式报名')
    expect(expectOk(await uc.call(api.listNotifications)).items.some((m) => m.title.includes('候补'))).toBe(
      false,
    )
  })

  it('refuses 候补 while places are left, after the deadline, and leaving a line I am not in', async () => {
    const backend = testBackend()
    const r3 = await asUser(backend, 'u-resident-3')
    expectRefusal(await join(r3), 409, 'CONFLICT', '还有名额，请直接报名')
    expectRefusal(
      await r3.call(api.leaveWaitlist, { params: { id: 'act-library' }, idempotencyKey: key() }),
      409,
      'ILLEGAL_TRANSITION',
      '您不在这个活动的候补名单里',
    )
    expect(expectOk(await join(r3, 'act-library')).waitlist.myPosition).toBe(1)
    const left = expectOk(
      await r3.call(api.leaveWaitlist, { params: { id: 'act-library' }, idempotencyKey: key() }),
    )
    expect(left.waitlist).toEqual({ count: 0, myPosition: null })
    backend.clock.advance(3 * 24 * 60) // past act-library's sign-up deadline (a day before its start)
    expectRefusal(
      await join(r3, 'act-library'),
      409,
      'ILLEGAL_TRANSITION',
      '报名已截止（11月30日 14:00 截止）',
    )
  })

  it('skips someone who signed up for a clashing activity since, keeping their place in line', async () => {
    const { backend, people } = await fullSorting(1, 2)
    const [ua, ub, uc] = people
    expectOk(await join(ub))
    expectOk(await join(uc))
    // ub takes another activity at the same time as act-sorting
    const sorting = backend.store.state.volunteer.activities.find((x) => x.id === 'act-sorting')!
    const clash = backend.store.state.volunteer.activities.find((x) => x.id === 'act-library')!
    Object.assign(clash, { startAt: sorting.startAt, endAt: sorting.endAt, capacity: 10 })
    expectOk(await signUp(ub, 'act-library'))
    expectOk(await cancel(ua))
    expect((await detail(uc)).mine?.status).toBe('signed_up')
    expect((await detail(ub)).waitlist.myPosition).toBe(1)
  })
})

describe('property: the line keeps its order under concurrent cancels', () => {
  it('the first k in line, and only they, get the k freed places, once each; capacity is never exceeded', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }),
        async (holders, waiters, cancels, gaps) => {
          const { backend, ids, people } = await fullSorting(holders, waiters)
          const line = people.slice(holders)
          for (const [i, u] of line.entries()) {
            expectOk(await join(u))
            backend.clock.advance(gaps[i] ?? 0) // some join in the same minute: ties go by entry
          }
          const leaving = people.slice(0, Math.min(cancels, holders))
          const answers = await Promise.all(leaving.map((u) => cancel(u)))
          expect(answers.every((r) => r.status === 200)).toBe(true)

          const a = backend.store.state.volunteer.activities.find((x) => x.id === 'act-sorting')!
          const active = backend.store.state.volunteer.signups.filter(
            (s) => s.activityId === a.id && s.cancelledAt === null,
          )
          expect(active.length).toBeLessThanOrEqual(a.capacity)
          const promotedIds = ids.slice(holders, holders + Math.min(leaving.length, waiters))
          const signedUp = new Set(active.map((s) => s.userId))
          for (const [i, id] of ids.slice(holders).entries())
            expect([id, signedUp.has(id)]).toEqual([id, i < promotedIds.length])
          for (const id of ids.slice(holders)) {
            expect(active.filter((s) => s.userId === id).length).toBeLessThanOrEqual(1)
            const told = backend.store.state.notifications.items.filter(
              (m) => m.userId === id && m.title === '候补成功，已为您报名',
            ).length
            expect([id, told]).toEqual([id, promotedIds.includes(id) ? 1 : 0])
          }
          const rest = line.slice(promotedIds.length)
          for (const [i, u] of rest.entries()) expect((await detail(u)).waitlist.myPosition).toBe(i + 1)
        },
      ),
      { numRuns: 20 },
    )
  }, 120_000)
})

import fc from 'fast-check'
import { api, type HazardBody } from '../../../src/contract'
import { formatIso } from '../../../mock/clock'
import { distanceMeters, offsetMeters } from '../../../mock/geo'
import { expectOk, T0 } from './helpers'
import { signIn, uploadedPhotoId, CENTER, signInAll } from './ticket-helpers'
import { MINUTE, refusal, workbenchTicket } from './workbench-helpers'

/** 巡查: start, sampled track, hazards found (solved on the spot or reported), finish, the log. */

/** north of 创业路社区's center: 赵磊's grid */
const START = { lat: CENTER.lat + 0.001, lng: CENTER.lng }

const setup = () => signInAll({ zhao: 'u-grid-1', wang: 'u-resident-1' })

/** A walk: `steps` of [east, north] metres, one every 30 s from T0 + 1 min. */
function walk(steps: [number, number][]) {
  let p = START
  const points = [{ ...p, at: formatIso(T0 + MINUTE) }]
  steps.forEach(([e, n], i) => {
    p = offsetMeters(p, e, n)
    points.push({ lat: p.lat, lng: p.lng, at: formatIso(T0 + MINUTE + (i + 1) * 30_000) })
  })
  return points
}

describe('a patrol', () => {
  it('runs from start to finish with a track and two hazards, one solved on the spot', async () => {
    const { backend, zhao } = await setup()
    const started = expectOk(await zhao.call(api.startPatrol))
    expect(started).toMatchObject({ finishedAt: null, found: 0, distanceMeters: 0, track: [] })
    const second = await zhao.call(api.startPatrol)
    expect(refusal(second)).toEqual([409, 'CONFLICT', '您还有一次巡查没有结束，请先结束它'])

    const id = started.id
    backend.clock.advance(15)
    const points = walk([
      [0, 40],
      [30, 0],
    ])
    const summary = expectOk(await zhao.call(api.addPatrolPoints, { params: { id }, body: { points } }))
    expect(summary.distanceMeters).toBe(70)
    // the same batch again (a retry with a new key) adds nothing
    const again = expectOk(await zhao.call(api.addPatrolPoints, { params: { id }, body: { points } }))
    expect(again.distanceMeters).toBe(70)

    // both hazards are where the walk started
    const hazard = async (body: Omit<HazardBody, 'location'>) =>
      expectOk(await zhao.call(api.reportHazard, { params: { id }, body: { ...body, location: START } }))
    const before = await uploadedPhotoId(zhao)
    const after = await uploadedPhotoId(zhao)
    const solved = await hazard({
      categoryId: 'cat-city-garbage',
      photos: [before],
      afterPhotos: [after],
      solved: true,
    })
    expect(solved.hazards[0]).toMatchObject({ status: 'resolved', excerpt: '巡查发现：垃圾堆放' })
    const photo = await uploadedPhotoId(zhao)
    const reported = await hazard({
      categoryId: 'cat-road-pole',
      photos: [photo],
      solved: false,
      description: '电线杆倾斜',
    })
    expect(reported).toMatchObject({ found: 2, solvedOnSpot: 1, reported: 1 })
    const ticket = await workbenchTicket(zhao, reported.hazards[1].id)
    expect(ticket).toMatchObject({ status: 'accepted', can: { dispatch: true } })

    backend.clock.advance(30)
    const done = expectOk(await zhao.call(api.finishPatrol, { params: { id } }))
    expect(done).toMatchObject({ durationMinutes: 45, distanceMeters: 70, found: 2 })
    const late = await zhao.call(api.addPatrolPoints, { params: { id }, body: { points } })
    expect(refusal(late)).toEqual([409, 'ILLEGAL_TRANSITION', '这次巡查已经结束了'])
    const log = expectOk(await zhao.call(api.listPatrols, { query: {} }))
    expect(log.items).toEqual([expect.objectContaining({ id, found: 2, solvedOnSpot: 1, reported: 1 })])
    expect(expectOk(await zhao.call(api.getPatrol, { params: { id } })).track).toHaveLength(3)
  })

  it('refuses a hazard solved on the spot without a photo after, or outside the grid', async () => {
    const { zhao } = await setup()
    const { id } = expectOk(await zhao.call(api.startPatrol))
    const photo = await uploadedPhotoId(zhao)
    const noAfter = await zhao.call(api.reportHazard, {
      params: { id },
      body: { categoryId: 'cat-city-garbage', photos: [photo], location: START, solved: true },
    })
    expect(refusal(noAfter)[2]).toBe('现场解决请拍一张处理后的照片')
    const south = { lat: CENTER.lat - 0.002, lng: CENTER.lng }
    const outside = await zhao.call(api.reportHazard, {
      params: { id },
      body: { categoryId: 'cat-city-garbage', photos: [photo], location: south, solved: false },
    })
    expect(refusal(outside)[2]).toBe('这个位置不在您负责的网格')
  })

  it('is only ever seen by its own worker', async () => {
    const { backend, zhao } = await setup()
    const { id } = expectOk(await zhao.call(api.startPatrol))
    const sun = await signIn(backend, 'u-grid-2')
    expect(refusal(await sun.call(api.getPatrol, { params: { id } }))[0]).toBe(403)
    expect(expectOk(await sun.call(api.listPatrols, { query: {} })).items).toEqual([])
  })
})

describe('patrol distance (property)', () => {
  it('equals the sum of its segments, however the points are batched', async () => {
    const step = fc.tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 }))
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(step, { minLength: 1, maxLength: 20 })
          .filter((s) => s.every(([e, n]) => Math.hypot(e, n) >= 5)),
        fc.integer({ min: 1, max: 7 }),
        async (steps, batch) => {
          const { backend, zhao } = await setup()
          const { id } = expectOk(await zhao.call(api.startPatrol))
          backend.clock.advance(15)
          const points = walk(steps)
          let last = 0
          for (let i = 0; i < points.length; i += batch) {
            const body = { points: points.slice(i, i + batch) }
            last = expectOk(await zhao.call(api.addPatrolPoints, { params: { id }, body })).distanceMeters
          }
          let sum = 0
          for (let i = 1; i < points.length; i++) sum += distanceMeters(points[i - 1], points[i])
          expect(last).toBe(Math.round(sum))
        },
      ),
      { numRuns: 25 },
    )
  })
})

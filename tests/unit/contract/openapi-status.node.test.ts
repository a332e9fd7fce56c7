import { documentedEndpoints } from '../../../scripts/openapi/document'
import { harness } from './hostile-harness'

/**
 * Each descriptor declares its success status, and the OpenAPI document and the router both read
 * it from there: every endpoint's valid sample, sent to the mock, must answer with that status
 * (samples the seed refuses, like a second rating, are skipped).
 */
const accepted: [string, number][] = []

it.each(documentedEndpoints())('%s answers its sample with the declared success status', async (id, e) => {
  const h = await harness(id, e)
  const res = await h.send(h.sample)
  if (res.status >= 300) return
  accepted.push([id, res.status])
  expect(res.status).toBe(e.status)
})

it('saw the 201s and the common reads', () => {
  const ids = accepted.map(([id]) => id)
  expect(ids).toEqual(
    expect.arrayContaining(['upload', 'createTicket', 'createRedemption', 'categories', 'getTicket']),
  )
  expect(
    accepted
      .filter(([, s]) => s === 201)
      .map(([id]) => id)
      .sort(),
  ).toEqual(['createRedemption', 'createReward', 'createTicket', 'startPatrol', 'upload'])
})

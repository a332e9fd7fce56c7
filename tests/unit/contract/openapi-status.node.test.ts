import { CREATED } from '../../../scripts/openapi/operation'
import { documentedEndpoints } from '../../../scripts/openapi/document'
import { harness } from './hostile-harness'

/**
 * The descriptors do not carry a success status, so scripts/openapi keeps the few 201s in a
 * table: each endpoint's valid sample, sent to the mock, must answer with the status the
 * document promises (samples the seed refuses, like a second rating, are skipped).
 */
const accepted: string[] = []

it.each(documentedEndpoints())('%s answers its sample with the documented success status', async (id, e) => {
  const h = await harness(id, e)
  const res = await h.send(h.sample)
  if (res.status >= 300) return
  accepted.push(id)
  expect(res.status).toBe(CREATED.has(id) ? 201 : 200)
})

it('saw every 201 of the table, and the common reads', () => {
  expect(accepted).toEqual(expect.arrayContaining([...CREATED, 'categories', 'getTicket']))
})

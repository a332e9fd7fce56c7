import { api } from '@/contract'
import { ENDPOINTS, sampleOf } from '../contract/samples'
import { EXTRA_FAULTS, FAULTS } from './faults'
import { describeFaultMatrix } from './matrix'

it('has a sample or a derivable input for every endpoint (else add one to tests/unit/contract/samples.ts)', () => {
  const missing = ENDPOINTS.filter(([id, e]) => sampleOf(id, e) === null).map(([id]) => id)
  expect(missing).toEqual([])
  expect(ENDPOINTS.length).toBe(Object.keys(api).length)
  expect(FAULTS.map((f) => f.code).sort()).toEqual(
    ['BAD_RESPONSE', 'BAD_RESPONSE', 'INTERNAL', 'NETWORK', 'RATE_LIMITED', 'TIMEOUT'].sort(),
  )
})

// A gateway's bare 429 and the mock's injected faults, on a read, a write, an idempotent write, login.
const SAMPLED = new Set(['categories', 'getTicket', 'rateTicket', 'createTicket', 'login'])
describeFaultMatrix(
  ENDPOINTS.filter(([id]) => SAMPLED.has(id)),
  EXTRA_FAULTS,
)

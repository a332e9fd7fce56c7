import { ENDPOINTS } from '../contract/samples'
import { FAULTS } from './faults'
import { describeFaultMatrix } from './matrix'

// Every endpoint × the faults of the way there: network error, timeout, 429 with Retry-After.
describeFaultMatrix(
  ENDPOINTS,
  FAULTS.filter((f) => ['NETWORK', 'TIMEOUT', 'RATE_LIMITED'].includes(f.code)),
)

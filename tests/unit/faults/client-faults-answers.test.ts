import { ENDPOINTS } from '../contract/samples'
import { FAULTS } from './faults'
import { describeFaultMatrix } from './matrix'

// Every endpoint × the bad answers: 500, malformed JSON, JSON that breaks the response schema.
describeFaultMatrix(
  ENDPOINTS,
  FAULTS.filter((f) => ['INTERNAL', 'BAD_RESPONSE'].includes(f.code)),
)

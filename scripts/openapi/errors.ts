import type { Endpoint, ErrorCode } from '../../src/contract'
import { STATUS_OF } from '../../mock/errors'
import type { JsonSchema } from './schemas'

const ERROR_REF = { $ref: '#/components/schemas/ErrorEnvelope' }

/** Refusals any endpoint of its kind can give, besides those its descriptor lists. */
export function errorCodesOf(e: Endpoint): ErrorCode[] {
  const codes = new Set<ErrorCode>(e.errors ?? [])
  if (e.params || e.query || e.body || e.idempotent) codes.add('VALIDATION_FAILED')
  if (Array.isArray(e.access)) {
    codes.add('UNAUTHENTICATED')
    codes.add('FORBIDDEN')
  }
  if (e.params) codes.add('NOT_FOUND')
  if (e.idempotent) codes.add('IDEMPOTENCY_MISMATCH')
  codes.add('INTERNAL')
  return [...codes]
}

/** Error responses by HTTP status, each the one envelope, naming the codes it can carry. */
export function errorResponses(e: Endpoint): Record<string, JsonSchema> {
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of errorCodesOf(e)) {
    const status = STATUS_OF[code]
    byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  }
  const out: Record<string, JsonSchema> = {}
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const codes = (byStatus.get(status) ?? []).sort()
    const response: JsonSchema = {
      description: codes.join(' / '),
      'x-error-codes': codes,
      content: { 'application/json': { schema: ERROR_REF } },
    }
    if (codes.includes('RATE_LIMITED')) {
      response.headers = {
        'Retry-After': { description: '多少秒后可以再试', schema: { type: 'integer', minimum: 0 } },
      }
    }
    out[String(status)] = response
  }
  return out
}

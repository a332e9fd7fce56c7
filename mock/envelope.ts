import { ErrorEnvelope, type WireResponse } from '../src/contract'
import { internalError, MockError } from './errors'

/** Any thrown value → the one error envelope. Unknown throws are bugs: logged, and a plain 500. */
export function errorResponse(error: unknown, requestId: string): WireResponse {
  let e: MockError
  if (error instanceof MockError) {
    e = error
  } else {
    console.error('[mock] 路由出错', error)
    e = internalError()
  }
  const body = ErrorEnvelope.parse({
    error: {
      code: e.code,
      message: e.message,
      ...(e.fields ? { fields: e.fields } : {}),
      ...(e.retryAfterSeconds !== undefined ? { retryAfterSeconds: e.retryAfterSeconds } : {}),
    },
    requestId,
  })
  const headers: Record<string, string> = { 'x-request-id': requestId }
  if (e.retryAfterSeconds !== undefined) headers['retry-after'] = String(e.retryAfterSeconds)
  return { status: e.status, headers, body }
}

import type { ErrorCode } from '../src/contract'

/** The HTTP status of every error code (DESIGN.md, "Errors"). */
export const STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  IDEMPOTENCY_MISMATCH: 422,
  INSUFFICIENT_POINTS: 422,
  OUT_OF_STOCK: 422,
  OUT_OF_SERVICE_AREA: 422,
  METHOD_NOT_ALLOWED: 405,
  RATE_LIMITED: 429,
  INTERNAL: 500,
}

export type FieldErrors = Record<string, string>

/** A refusal the router turns into the error envelope. Messages are plain Chinese a resident can read. */
export class MockError extends Error {
  readonly status: number
  readonly code: ErrorCode
  readonly fields?: FieldErrors
  readonly retryAfterSeconds?: number

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldErrors; retryAfterSeconds?: number } = {},
  ) {
    super(message)
    // Transpiled `extends Error` can lose the prototype chain; instanceof must keep working.
    Object.setPrototypeOf(this, MockError.prototype)
    this.name = 'MockError'
    this.code = code
    this.status = STATUS_OF[code]
    if (extra.fields) this.fields = extra.fields
    if (extra.retryAfterSeconds !== undefined) this.retryAfterSeconds = extra.retryAfterSeconds
  }
}

export const GENERIC_VALIDATION_MESSAGE = '填写的内容有误，请检查后再提交'

export function validationFailed(fields: FieldErrors, message?: string): MockError {
  const messages = Object.values(fields)
  return new MockError(
    'VALIDATION_FAILED',
    message ?? (messages.length === 1 ? messages[0] : GENERIC_VALIDATION_MESSAGE),
    {
      fields,
    },
  )
}

export function unauthenticated(): MockError {
  return new MockError('UNAUTHENTICATED', '登录已失效，请重新登录')
}

export function forbidden(message = '您没有权限进行此操作'): MockError {
  return new MockError('FORBIDDEN', message)
}

export function notFound(message = '找不到您要的内容'): MockError {
  return new MockError('NOT_FOUND', message)
}

export function conflict(message: string): MockError {
  return new MockError('CONFLICT', message)
}

export function illegalTransition(message: string): MockError {
  return new MockError('ILLEGAL_TRANSITION', message)
}

export function rateLimited(retryAfterSeconds: number, message = '操作太频繁了，请稍后再试'): MockError {
  return new MockError('RATE_LIMITED', message, {
    retryAfterSeconds: Math.max(0, Math.ceil(retryAfterSeconds)),
  })
}

export function idempotencyMismatch(): MockError {
  return new MockError('IDEMPOTENCY_MISMATCH', '这次提交的内容和上一次不一样，请刷新后重新提交')
}

export function internalError(message = '服务器开小差了，请稍后再试'): MockError {
  return new MockError('INTERNAL', message)
}

/** The item of `items` with this id; what `missing()` makes is thrown when there is none. */
export function findById<T extends { id: string }>(items: readonly T[], id: string, missing: () => Error): T {
  const found = items.find((item) => item.id === id)
  if (!found) throw missing()
  return found
}

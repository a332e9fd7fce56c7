import type { ErrorCode } from '@/contract'

/** Codes the client adds to the contract's: the request never got a usable answer. */
export type ClientErrorCode = 'NETWORK' | 'TIMEOUT' | 'BAD_RESPONSE'
export type ApiErrorCode = ErrorCode | ClientErrorCode

const CLIENT_MESSAGES: Record<ClientErrorCode, string> = {
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '服务器响应太慢，请稍后重试',
  BAD_RESPONSE: '服务器返回的数据有误，请稍后重试',
}

export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly status: number
  readonly fields: Record<string, string>
  readonly retryAfterSeconds?: number
  readonly requestId?: string

  constructor(init: {
    code: ApiErrorCode
    message?: string
    status?: number
    fields?: Record<string, string>
    retryAfterSeconds?: number
    requestId?: string
  }) {
    super(init.message ?? CLIENT_MESSAGES[init.code as ClientErrorCode] ?? '操作没有成功，请稍后重试')
    this.name = 'ApiError'
    this.code = init.code
    this.status = init.status ?? 0
    this.fields = init.fields ?? {}
    this.retryAfterSeconds = init.retryAfterSeconds
    this.requestId = init.requestId
  }

  /** Worth trying the same request again without changing it */
  get transient(): boolean {
    return (
      this.code === 'NETWORK' || this.code === 'TIMEOUT' || this.code === 'RATE_LIMITED' || this.status >= 500
    )
  }
}

/** What to show a person for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message
  return '出了点问题，请稍后重试'
}

import { ErrorEnvelope, type ErrorCode } from '../../src/contract'
import { statusOf, successStatuses, type Ep } from './endpoints'
import type { Answer } from './http'

/** A problem in words, or null when the answer is right. */
export type Verdict = string | null

/** `409 ILLEGAL_TRANSITION`, `201`, `500 (not JSON)`: an answer in a table cell. */
export function describe(ans: Answer): string {
  if (!ans.json) return `${ans.status} (not JSON)`
  const env = ErrorEnvelope.safeParse(ans.body)
  return env.success ? `${ans.status} ${env.data.error.code}` : String(ans.status)
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`)
    .join('; ')
}

/** The declared success status, and a body the endpoint's response schema accepts. */
export function isSuccess(ep: Ep, ans: Answer): Verdict {
  const statuses = successStatuses(ep.endpoint)
  if (!statuses.includes(ans.status)) return `expected ${statuses.join('/')}, got ${describe(ans)}`
  if (ans.status === 204) return ans.body === undefined ? null : '204 with a body'
  if (!ans.json) return `${ans.status} body is not JSON`
  const parsed = ep.endpoint.response.safeParse(ans.body)
  return parsed.success ? null : `${ans.status} body fails the response schema: ${issues(parsed.error)}`
}

/** The one error envelope, with one of `codes`, at the status its code travels with. */
export function isError(ans: Answer, codes: readonly ErrorCode[]): Verdict {
  const env = ErrorEnvelope.safeParse(ans.body)
  const wanted = codes.map((c) => `${statusOf(c)} ${c}`).join(' or ')
  if (!env.success) {
    if (ans.status >= 400 && ans.json)
      return `${ans.status} body fails the error envelope: ${issues(env.error)}`
    return `expected ${wanted}, got ${describe(ans)}`
  }
  const { code } = env.data.error
  if (!codes.includes(code)) return `expected ${wanted}, got ${describe(ans)}`
  if (ans.status !== statusOf(code))
    return `${code} came with ${ans.status}, the contract says ${statusOf(code)}`
  if (code === 'RATE_LIMITED' && !/^\d+$/.test(ans.headers['retry-after'] ?? '')) {
    return '429 without a Retry-After header'
  }
  return null
}

/** Any answer that keeps the contract: a valid success, or a valid envelope at its code's status. */
export function isWellFormed(ep: Ep, ans: Answer): Verdict {
  if (ans.status < 300) return isSuccess(ep, ans)
  const env = ErrorEnvelope.safeParse(ans.body)
  if (!env.success) return `${describe(ans)} body fails the error envelope: ${issues(env.error)}`
  return ans.status === statusOf(env.data.error.code)
    ? null
    : `${env.data.error.code} came with ${ans.status}, the contract says ${statusOf(env.data.error.code)}`
}

/** Deep equality of two JSON values, key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b)
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

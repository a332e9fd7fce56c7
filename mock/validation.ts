import type { z } from 'zod'
import { MockError, validationFailed, type FieldErrors } from './errors'
import type { AnyEndpoint } from './route-types'
import { MALFORMED_JSON } from './wire-body'

/** zod issues → { 'location.lat': '纬度不正确' }; the first message per path wins, a root issue is `_`. */
export function fieldsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_'
    if (!(key in fields)) fields[key] = issue.message
  }
  return fields
}

export interface ParsedInput {
  params: unknown
  query: unknown
  body: unknown
}

/**
 * Parses the parts of a request the endpoint declares; undeclared parts are ignored.
 * Unknown keys are tolerated: zod objects strip them.
 */
export function parseInput(
  endpoint: AnyEndpoint,
  raw: { params: Record<string, string>; query: Record<string, string>; body: unknown },
): ParsedInput {
  if (raw.body === MALFORMED_JSON) {
    throw new MockError('VALIDATION_FAILED', '提交的内容格式不对，请重试', {
      fields: { _: '不是有效的 JSON' },
    })
  }
  const fields: FieldErrors = {}
  const parsePart = (schema: z.ZodType | undefined, value: unknown): unknown => {
    if (!schema) return undefined
    const result = schema.safeParse(value)
    if (result.success) return result.data
    for (const [key, message] of Object.entries(fieldsOf(result.error))) {
      if (!(key in fields)) fields[key] = message
    }
    return undefined
  }
  const parsed = {
    params: parsePart(endpoint.params, raw.params),
    query: parsePart(endpoint.query, raw.query),
    body: parsePart(endpoint.body, raw.body),
  }
  if (Object.keys(fields).length > 0) throw validationFailed(fields)
  return parsed
}

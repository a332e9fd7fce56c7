import type { z } from 'zod'
import type { Endpoint } from '../../src/contract'
import { errorResponses } from './errors'
import { isBinary, type JsonSchema } from './schemas'

export interface PartRefs {
  /** a part as used in place: a `$ref` to its component, or inline when it has none */
  json(schema: z.ZodType): JsonSchema
  /** a part's own JSON Schema, never a `$ref` (path and query objects are split into parameters) */
  body(schema: z.ZodType): JsonSchema
}

/** `/tickets/:id/urge` → `/tickets/{id}/urge` */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}')
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> } | undefined)?.shape
  return shape ?? {}
}

function parameters(e: Endpoint, refs: PartRefs): JsonSchema[] {
  const out: JsonSchema[] = []
  for (const [where, schema] of [
    ['path', e.params],
    ['query', e.query],
  ] as const) {
    if (!schema) continue
    const json = refs.body(schema)
    const props = (json.properties ?? {}) as Record<string, JsonSchema>
    const required = new Set((json.required ?? []) as string[])
    for (const name of Object.keys(props)) {
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: props[name] })
    }
  }
  if (e.idempotent) out.push({ $ref: '#/components/parameters/IdempotencyKey' })
  return out
}

/** A body with a file part (`z.instanceof(Uint8Array)` inside) travels as multipart/form-data. */
function fileParts(body: z.ZodType): string[] {
  return Object.entries(shapeOf(body))
    .filter(([, part]) => Object.values(shapeOf(part)).some(isBinary))
    .map(([name]) => name)
}

function requestBody(e: Endpoint, refs: PartRefs): JsonSchema | undefined {
  if (!e.body) return undefined
  const files = fileParts(e.body)
  if (files.length === 0) {
    return { required: true, content: { 'application/json': { schema: refs.json(e.body) } } }
  }
  // The zod schema is the mock's view after the binding read the form ({ name, bytes }); on the
  // wire each file is one part whose bytes decide the type (JPEG, PNG, WebP).
  const properties = Object.fromEntries(
    files.map((name) => [name, { type: 'string', contentMediaType: 'application/octet-stream' }]),
  )
  const encoding = Object.fromEntries(
    files.map((name) => [
      name,
      { contentType: 'image/jpeg, image/png, image/webp, application/octet-stream' },
    ]),
  )
  return {
    required: true,
    content: { 'multipart/form-data': { schema: { type: 'object', required: files, properties }, encoding } },
  }
}

export function operation(id: string, e: Endpoint, tag: string, refs: PartRefs): JsonSchema {
  const guarded = Array.isArray(e.access)
  const op: JsonSchema = {
    operationId: id,
    summary: e.summary,
    tags: [tag],
    security: guarded ? [{ bearerAuth: [] }] : [],
  }
  if (guarded) op['x-roles'] = [...(e.access as readonly string[])]
  const params = parameters(e, refs)
  if (params.length > 0) op.parameters = params
  const body = requestBody(e, refs)
  if (body) op.requestBody = body
  const success = String(e.status)
  op.responses = {
    [success]:
      e.status === 204
        ? { description: e.summary }
        : { description: e.summary, content: { 'application/json': { schema: refs.json(e.response) } } },
    ...errorResponses(e),
  }
  return op
}

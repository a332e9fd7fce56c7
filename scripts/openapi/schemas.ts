import { readdirSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { Endpoint } from '../../src/contract'

/** A JSON Schema (2020-12, which OpenAPI 3.1 uses as is). */
export type JsonSchema = Record<string, unknown>

const CONTRACT_DIR = path.resolve(__dirname, '../../src/contract')
export const COMPONENT_REF = '#/components/schemas/'

function isSchema(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType
}

function contractModules(): [string, Record<string, unknown>][] {
  return readdirSync(CONTRACT_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- each domain file, found at run time
      const mod = require(path.join(CONTRACT_DIR, f)) as Record<string, unknown>
      return [f.replace(/\.ts$/, ''), mod]
    })
}

/**
 * Every PascalCase zod schema the contract's files export becomes a named component, so a schema
 * another engineer adds tomorrow gets its name with no edit here. A schema exported twice keeps
 * the first name in file and export order.
 */
export function namedSchemas(): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>()
  const taken = new Set<string>()
  for (const [, mod] of contractModules()) {
    for (const name of Object.keys(mod).sort()) {
      const value = mod[name]
      if (!/^[A-Z]/.test(name) || !isSchema(value) || names.has(value) || taken.has(name)) continue
      names.set(value, name)
      taken.add(name)
    }
  }
  return names
}

/** The domain file that declares each endpoint: its tag. */
export function domainOf(): Map<Endpoint, string> {
  const domains = new Map<Endpoint, string>()
  for (const [file, mod] of contractModules()) {
    for (const value of Object.values(mod)) {
      if (value && typeof value === 'object' && 'method' in value && 'path' in value && 'response' in value) {
        if (!domains.has(value as Endpoint)) domains.set(value as Endpoint, file)
      }
    }
  }
  return domains
}

const MAX = Number.MAX_SAFE_INTEGER

/** zod's safe-integer bounds say nothing a reader needs; `$schema`/`$id` do not belong in components. */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy)
  if (!node || typeof node !== 'object') return node
  const out: JsonSchema = {}
  for (const [k, v] of Object.entries(node)) {
    if (k === '$schema' || k === '$id') continue
    if ((k === 'minimum' && v === -MAX) || (k === 'maximum' && v === MAX)) continue
    out[k] = tidy(v)
  }
  return out
}

/** `z.instanceof(Uint8Array)` (a file's bytes) is the one type JSON Schema cannot say. */
export function isBinary(schema: z.ZodType): boolean {
  return (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'custom'
}

/**
 * Converts schemas the way they travel: `io: 'input'`, because a request is what the client
 * sends before the server's parse, and a response is what the server sends before the client's.
 * One pass over one registry: named schemas and the endpoints' own parts (under the ids the
 * caller gives them), so shared schemas become `$ref`s to components.
 */
export function convertAll(
  named: Map<z.ZodType, string>,
  parts: Map<z.ZodType, string>,
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>()
  for (const [schema, id] of named) registry.add(schema, { id })
  for (const [schema, id] of parts) if (!named.has(schema)) registry.add(schema, { id })
  const result = z.toJSONSchema(registry, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => COMPONENT_REF + id,
    override: ({ zodSchema, jsonSchema }) => {
      if (isBinary(zodSchema as unknown as z.ZodType)) {
        jsonSchema.type = 'string'
        jsonSchema.contentMediaType = 'application/octet-stream'
      }
    },
  })
  return tidy(result.schemas) as Record<string, JsonSchema>
}

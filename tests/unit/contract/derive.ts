import { z } from 'zod'

/**
 * A small valid value for a zod schema, found by walking it and trying plain candidates against
 * the schema itself (so every check, regex and refine is honoured); undefined when none passes.
 * It is the fallback for endpoints without a hand-written sample: a new endpoint whose input
 * cannot be derived makes the fault matrix fail, so someone adds a sample for it.
 */

type Def = { type: string; [k: string]: unknown }

export function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def
}

const STRINGS = [
  '创业路社区北门东侧的路灯不亮了',
  'abcdef',
  'ok',
  'x',
  '2026-11-28T09:00:00+08:00',
  '13800001234',
  'cat-road-lamp',
]
const NUMBERS = [1, 5, 10, 0, 34.745417, 113.631447, 100, 1000, -1]

function firstValid(schema: z.ZodType, candidates: unknown[]): { value: unknown } | undefined {
  for (const value of candidates) if (schema.safeParse(value).success) return { value }
  return undefined
}

function build(schema: z.ZodType, withOptional: boolean, depth: number): { value: unknown } | undefined {
  if (depth > 8) return undefined
  const def = defOf(schema)
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return withOptional ? build(def.innerType as z.ZodType, withOptional, depth + 1) : { value: undefined }
    case 'nullable':
      return build(def.innerType as z.ZodType, withOptional, depth + 1) ?? { value: null }
    case 'readonly':
    case 'catch':
      return build(def.innerType as z.ZodType, withOptional, depth + 1)
    case 'pipe': {
      // z.preprocess (queryNumber) is a pipe from a transform: what it accepts is its output side
      const from = defOf(def.in as z.ZodType).type === 'transform' ? def.out : def.in
      return build(from as z.ZodType, withOptional, depth + 1)
    }
    case 'string':
      return firstValid(schema, STRINGS)
    case 'number':
    case 'int':
      return firstValid(schema, NUMBERS)
    case 'boolean':
      return { value: false }
    case 'literal':
      return { value: (def.values as unknown[])[0] }
    case 'enum':
      return { value: Object.values(def.entries as Record<string, unknown>)[0] }
    case 'array': {
      const item = build(def.element as z.ZodType, withOptional, depth + 1)
      return item
        ? firstValid(schema, [[item.value], [], [item.value, item.value]])
        : firstValid(schema, [[]])
    }
    case 'record':
      return { value: {} }
    case 'union': {
      for (const option of def.options as z.ZodType[]) {
        const v = build(option, withOptional, depth + 1)
        if (v && schema.safeParse(v.value).success) return v
      }
      return undefined
    }
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const v = build(field, withOptional, depth + 1)
        if (!v) return undefined
        if (v.value !== undefined) out[key] = v.value
      }
      return { value: out }
    }
    case 'custom':
      return firstValid(schema, [new Uint8Array([0xff, 0xd8, 0xff, 0xe0])])
    default:
      return undefined
  }
}

export function deriveValue(schema: z.ZodType): { value: unknown } | undefined {
  for (const withOptional of [false, true]) {
    const found = build(schema, withOptional, 0)
    if (found && schema.safeParse(found.value).success) return found
  }
  return undefined
}

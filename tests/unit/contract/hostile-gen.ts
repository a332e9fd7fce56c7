import { z } from 'zod'
import { Id } from '../../../src/contract'
import { defOf } from './derive'
import type { SampleInput } from './samples'

/**
 * Requests built to break the contract, from the endpoint's own schemas and a valid sample:
 * for every field, missing / wrong type / too long / too short / out of range / negative /
 * huge / not an integer / not one of the values / unknown id, and for free-text fields the
 * strings a hostile or careless client sends (emoji, RTL override, HTML and script).
 */

export type Part = 'params' | 'query' | 'body'
export const MISSING = Symbol('missing')

export interface Variant {
  label: string
  part: Part
  path: (string | number)[]
  value: unknown
  /**
   * refused: 400 with the field; id: a refusal of some kind (a query filter may match nothing);
   * text: valid, kept verbatim if stored
   */
  expect: 'refused' | 'id' | 'text'
}

export const HOSTILE_TEXTS = {
  emoji: '路灯坏了🚧👍🏻👨‍👩‍👧',
  rtl: '\u202e坏了灯路\u202c 请处理',
  html: '<img src=x onerror=alert(1)><script>alert("x")</script>路灯<b>坏</b>了',
}

interface Unwrapped {
  schema: z.ZodType
  required: boolean
}

function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema
  let required = true
  for (;;) {
    const def = defOf(s)
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') required = false
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type)) {
      s = def.innerType as z.ZodType
    } else if (def.type === 'pipe') {
      // z.preprocess (queryNumber): the checks live on the output side
      s = (defOf(def.in as z.ZodType).type === 'transform' ? def.out : def.in) as z.ZodType
    } else {
      return { schema: s, required }
    }
  }
}

function freeText(s: z.ZodString): boolean {
  return !s.format && (s.maxLength ?? Infinity) >= 10 && s !== (Id as unknown as z.ZodString)
}

/** Fits a hostile text into a field's length limits, keeping the base so other checks still pass. */
function fitted(text: string, base: unknown, s: z.ZodString): string | null {
  const max = s.maxLength ?? Infinity
  let out = typeof base === 'string' && base.length + text.length <= max ? `${base}${text}` : text
  if (out.length > max) out = out.slice(0, max)
  if (out.trim().length < (s.minLength ?? 0)) return null
  return out
}

function leafVariants(part: Part, path: (string | number)[], s: z.ZodType, base: unknown): Variant[] {
  const def = defOf(s)
  const wire = part !== 'body' // query and params travel as strings
  const v = (label: string, value: unknown, expect: Variant['expect'] = 'refused'): Variant => ({
    label,
    part,
    path,
    value: wire && typeof value !== 'string' ? String(value) : value,
    expect,
  })
  const out: Variant[] = []
  if (def.type === 'string') {
    const str = s as z.ZodString
    if (!wire) out.push(v('wrong type (number)', 12345), v('wrong type (object)', { $gt: '' }))
    if (str.maxLength !== null) out.push(v('too long', 'x'.repeat(str.maxLength + 1)))
    const isId = s === (Id as unknown as z.ZodType)
    // an id is not trimmed: a blank one is just an id nobody has
    if ((str.minLength ?? 0) > 0 && part !== 'params')
      out.push(v('blank', ' '.repeat(str.minLength ?? 1), isId ? 'id' : 'refused'))
    if (isId) out.push(v('unknown id', 'no-such-id-404', 'id'))
    if (freeText(str)) {
      for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
        const value = fitted(text, base, str)
        if (value !== null) out.push(v(`${name} text`, value, 'text'))
      }
    }
  } else if (def.type === 'number') {
    const num = s as z.ZodNumber
    out.push(v('wrong type (string)', 'abc'))
    if (!wire) out.push(v('wrong type (null)', null))
    if (num.minValue !== null && num.minValue > -Number.MAX_SAFE_INTEGER) {
      out.push(v('below the minimum', num.minValue - 1))
      if (num.minValue >= 0) out.push(v('negative', -5))
    }
    if (num.maxValue !== null && num.maxValue < Number.MAX_SAFE_INTEGER) {
      out.push(v('above the maximum', num.maxValue + 1), v('huge', 1e308))
    }
    if (num.isInt) out.push(v('not an integer', 1.5), v('beyond safe integers', 2 ** 60))
  } else if (def.type === 'boolean') {
    if (!wire) out.push(v('wrong type (string)', 'yes'))
  } else if (def.type === 'enum' || def.type === 'literal') {
    out.push(v('not one of the values', 'not-a-value'))
  } else if (def.type === 'custom') {
    out.push(v('wrong type (string)', 'abc'))
  }
  return out
}

function walk(part: Part, path: (string | number)[], schema: z.ZodType, base: unknown, out: Variant[]): void {
  const { schema: s, required } = unwrap(schema)
  const def = defOf(s)
  if (path.length > 0 && required)
    out.push({ label: 'missing', part, path, value: MISSING, expect: 'refused' })
  if (def.type === 'object') {
    if (path.length > 0 && part === 'body')
      out.push({ label: 'wrong type (string)', part, path, value: 'x', expect: 'refused' })
    const shape = def.shape as Record<string, z.ZodType>
    const obj = (base ?? {}) as Record<string, unknown>
    for (const key of Object.keys(shape)) walk(part, [...path, key], shape[key], obj[key], out)
  } else if (def.type === 'array') {
    const arr = s as z.ZodArray<z.ZodType>
    const items = Array.isArray(base) ? base : []
    out.push({ label: 'wrong type (string)', part, path, value: 'x', expect: 'refused' })
    const bag = (arr as unknown as { _zod: { bag: { maximum?: number; minimum?: number } } })._zod.bag
    if (bag.maximum !== undefined && items.length > 0) {
      out.push({
        label: 'too many',
        part,
        path,
        value: Array(bag.maximum + 1).fill(items[0]),
        expect: 'refused',
      })
    }
    if ((bag.minimum ?? 0) > 0) out.push({ label: 'empty', part, path, value: [], expect: 'refused' })
    if (items.length > 0) walk(part, [...path, 0], def.element as z.ZodType, items[0], out)
  } else if (path.length > 0) {
    out.push(...leafVariants(part, path, s, base))
  }
}

export function hostileVariants(parts: Partial<Record<Part, z.ZodType>>, sample: SampleInput): Variant[] {
  const out: Variant[] = []
  for (const part of ['params', 'query', 'body'] as const) {
    const schema = parts[part]
    if (!schema) continue
    walk(part, [], schema, sample[part], out)
    if (part === 'body') {
      for (const [label, value] of [
        ['body: a string', 'hello'],
        ['body: an array', [1, 2]],
        ['body: null', null],
      ] as const) {
        out.push({ label, part, path: [], value, expect: 'refused' })
      }
    }
  }
  return out
}

/** The sample with one value replaced (or removed) at a path. */
export function applyVariant(sample: SampleInput, variant: Variant): SampleInput {
  const copy = structuredClone(sample) as Record<Part, unknown>
  if (variant.path.length === 0) {
    copy[variant.part] = variant.value
    return copy as SampleInput
  }
  let node = (copy[variant.part] ??= {}) as Record<string | number, unknown>
  for (const key of variant.path.slice(0, -1)) {
    node[key] ??= {}
    node = node[key] as Record<string | number, unknown>
  }
  const last = variant.path[variant.path.length - 1]
  if (variant.value === MISSING) delete node[last]
  else node[last] = variant.value
  return copy as SampleInput
}

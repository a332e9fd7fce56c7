import { z } from 'zod'

/**
 * Text and numbers as people mean them, in one place for every field of the contract.
 *
 * - Control characters (NUL, escape, DEL, C1 …) are refused: nobody types them, and they break
 *   logs, terminals and the screens of other people. Multi-line fields keep tab and newlines.
 * - A minimum length counts what a person can see: whitespace, zero-width and other format
 *   characters do not count, so “\u200b\u200b\u200b\u200b\u200b” is not a five-character description.
 * - An empty query parameter (`?lat=`) is missing, never 0.
 */

/** Whitespace, zero-width, joiners, bidi marks, variation selectors, Hangul fillers, BOM. */
// Combining marks (variation selectors, CGJ) are listed on purpose: each one alone is invisible.
/* eslint-disable no-misleading-character-class */
const INVISIBLE =
  /[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/gu
/* eslint-enable no-misleading-character-class */

/** What a person sees: characters other than the invisible ones, counted as code points. */
export function visibleLength(text: string): number {
  return Array.from(text.replace(INVISIBLE, '')).length
}

// The point of these patterns is to find control characters.
/* eslint-disable no-control-regex */
const NO_CONTROL_MULTILINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]*$/
const NO_CONTROL_SINGLE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/
/* eslint-enable no-control-regex */

export const CONTROL_CHARACTER_MESSAGE = '内容里有无法显示的特殊字符，请删掉后重新输入'

export interface TextOptions {
  /** when the field is missing or not a string */
  required: string
  /** visible characters at least (default 0) */
  min?: number
  tooShort?: string
  max: number
  tooLong: string
  /** keeps tab and newlines (descriptions, reasons, notes) */
  multiline?: boolean
}

/** A free-text field: trimmed, no control characters, `min` counted in visible characters. */
export function Text(o: TextOptions) {
  const min = o.min ?? 0
  const tooShort = o.tooShort ?? o.required
  let schema = z
    .string(o.required)
    .trim()
    .regex(o.multiline ? NO_CONTROL_MULTILINE : NO_CONTROL_SINGLE_LINE, CONTROL_CHARACTER_MESSAGE)
    .max(o.max, o.tooLong)
  if (min > 0) schema = schema.min(min, tooShort)
  if (min === 0) return schema
  return schema.refine((s) => visibleLength(s) >= min, tooShort)
}

/** `?x=` and `?x=%20` are missing: the number schema decides whether that is allowed. */
function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value
}

/**
 * A number in the query string: `queryNumber(z.coerce.number('请填写纬度').min(-90).max(90))`,
 * `.optional()` inside the argument when it may be left out.
 */
export function queryNumber<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema)
}

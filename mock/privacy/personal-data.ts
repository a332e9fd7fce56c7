/**
 * Personal numbers that people type into free text — descriptions, addresses, notes, reasons —
 * found in every common written form and replaced with a masked one, as a real backend must
 * before it shows someone's words to anyone else.
 *
 * Forms: mainland mobiles (138 1234 5678, 138-1234-5678, 138.1234.5678, +86 / 0086 / (+86)
 * prefixes, full-width and mixed-width digits, a separator after every digit), landlines with an
 * area code ((0371) 6789-1234, 010-12345678, 0371 6789 1234) and 18-digit ID numbers (X last,
 * grouped 6-8-4 or not). Dates, times, amounts and house numbers are left alone: a mobile needs
 * 1[3-9] and eleven digits, a landline a leading 0, an ID eighteen characters with a birth date.
 */

/** one digit, ASCII or full-width */
const D = '[0-9\\uFF10-\\uFF19]'
/** a separator people put between groups: spaces, dashes, dots, middle dots */
const S = '[ \\t\\u00a0\\u3000\\-\\uFF0D\\u2010-\\u2015.\\uFF0E\\u00b7]'
/** nothing or one separator run (" - ") */
const SEP = `${S}{0,3}`
const ONE = `[1\\uFF11]`
const THREE_TO_NINE = '[3-9\\uFF13-\\uFF19]'
const ZERO = '[0\\uFF10]'
const PLUS = '[+\\uFF0B]'
const OPEN = '[(\\uFF08]'
const CLOSE = '[)\\uFF09]'
const EIGHT_SIX = '[8\\uFF18][6\\uFF16]'

const COUNTRY = `(?:${OPEN}${S}?${PLUS}?${S}?${EIGHT_SIX}${S}?${CLOSE}|${PLUS}${S}?${EIGHT_SIX}|${ZERO}${ZERO}${EIGHT_SIX}|${EIGHT_SIX})${SEP}`
/** 3-4-4 with optional separators, or a separator after every digit */
const MOBILE_BODY = `(?:${ONE}${THREE_TO_NINE}${D}${SEP}${D}{4}${SEP}${D}{4}|${ONE}${S}${THREE_TO_NINE}(?:${S}${D}){9})`
const MOBILE = `(?:${COUNTRY})?${MOBILE_BODY}`
/** area code 0 + 2 or 3 digits (parenthesised or not), then 7 or 8 digits in one or two groups */
const LANDLINE = `(?:${OPEN}${S}?${ZERO}${D}{2,3}${S}?${CLOSE}|${ZERO}${D}{2,3})${SEP}${D}{3,4}${SEP}${D}{4}`
/** 6 + 8 + 4 (the last may be X), grouped or not; the 8 are a birth date 18xx–20xx */
const ID_CARD = `[1-9\\uFF11-\\uFF19]${D}{5}${SEP}(?:[1\\uFF11][89\\uFF18\\uFF19]|[2\\uFF12][0\\uFF10])${D}{6}${SEP}${D}{3}[0-9\\uFF10-\\uFF19Xx\\uFF38\\uFF58]`

const NOT_AFTER_DIGIT = `(?<!${D})`
const NOT_BEFORE_DIGIT = `(?![0-9\\uFF10-\\uFF19Xx\\uFF38\\uFF58])`

const PATTERN = new RegExp(
  `${NOT_AFTER_DIGIT}(?:(?<id>${ID_CARD})|(?<mobile>${MOBILE})|(?<landline>${LANDLINE}))${NOT_BEFORE_DIGIT}`,
  'gu',
)

/** full-width digits and X → ASCII, everything else dropped: the number as a machine reads it */
export function digitsOf(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) as number
    if (code >= 0x30 && code <= 0x39) out += ch
    else if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 0x30)
    else if (ch === 'X' || ch === 'x' || ch === '\uFF38' || ch === '\uFF58') out += 'X'
  }
  return out
}

function maskMobile(found: string): string {
  const digits = digitsOf(found).slice(-11)
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`
}

function maskLandline(found: string): string {
  const digits = digitsOf(found)
  // 010 and 02x are three digits long, every other area code four
  const areaLength = digits[1] === '1' || digits[1] === '2' ? 3 : 4
  return `${digits.slice(0, areaLength)}-****${digits.slice(-4)}`
}

function maskIdCard(found: string): string {
  const digits = digitsOf(found)
  return `${digits.slice(0, 4)}**********${digits.slice(-4)}`
}

/** Every mobile, landline and ID number in `text`, masked: 138****5678, 0371-****1234, 4101**********123X. */
export function maskPersonalData(text: string): string {
  return text.replace(PATTERN, (found: string, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as Record<string, string | undefined>
    if (groups.id) return maskIdCard(found)
    if (groups.mobile) return maskMobile(found)
    return maskLandline(found)
  })
}

/** What the detector finds, for tests and reviews: the kind and the text as written. */
export function findPersonalData(text: string): { kind: 'mobile' | 'landline' | 'id'; text: string }[] {
  const found: { kind: 'mobile' | 'landline' | 'id'; text: string }[] = []
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups ?? {}
    found.push({ kind: g.id ? 'id' : g.mobile ? 'mobile' : 'landline', text: m[0] })
  }
  return found
}

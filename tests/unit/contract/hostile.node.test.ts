/**
 * Hostile input, generated per endpoint from its zod schemas (hostile-gen.ts) and sent through
 * backend.handle as the endpoint's caller: every request that breaks the contract is a 400
 * VALIDATION_FAILED naming the field by its dot path, and leaves the persisted store byte for
 * byte as it was; text that is valid but hostile (emoji, RTL override, HTML and script) is
 * either kept verbatim or refused plainly, never escaped, mangled or a 5xx.
 */
import fc from 'fast-check'
import { ErrorEnvelope, type WireResponse } from '../../../src/contract'
import { applyVariant, HOSTILE_TEXTS, hostileVariants, type Variant } from './hostile-gen'
import { harness } from './hostile-harness'
import { ENDPOINTS } from './samples'

function fieldKey(v: Variant): string {
  return v.path.map(String).join('.')
}

function names(res: WireResponse, key: string): boolean {
  const fields = ErrorEnvelope.parse(res.body).error.fields ?? {}
  if (key === '') return Object.keys(fields).length > 0
  return Object.keys(fields).some((k) => k === key || k.startsWith(`${key}.`))
}

/** What went wrong with one variant, or null. */
async function check(h: Awaited<ReturnType<typeof harness>>, v: Variant): Promise<string | null> {
  if (v.part === 'params' && v.label === 'missing') return null
  const before = h.persisted()
  const res = await h.send(applyVariant(h.sample, v))
  const after = h.persisted()
  const where = `${v.part}.${fieldKey(v) || '(whole)'} ${v.label}`
  if (res.status >= 500) return `${where}: ${res.status}`
  if (res.status >= 400 && before !== after)
    return `${where}: refused with ${res.status} but the store changed`
  if (v.expect === 'refused') {
    if (res.status !== 400) return `${where}: expected 400, got ${res.status}`
    if (ErrorEnvelope.parse(res.body).error.code !== 'VALIDATION_FAILED')
      return `${where}: not VALIDATION_FAILED`
    if (!names(res, fieldKey(v)))
      return `${where}: fields ${JSON.stringify(ErrorEnvelope.parse(res.body).error.fields)}`
  }
  if (v.expect === 'id' && res.status < 400 && (v.part !== 'query' || before !== after)) {
    return `${where}: an unknown id was accepted (${res.status})`
  }
  if (v.expect === 'text' && res.status < 300) {
    // kept as sent, or not kept at all (an upload's file name is dropped): never rewritten
    const inner = (t: string) => JSON.stringify(t).slice(1, -1)
    const text = String(v.value).trim()
    if (after.includes(inner(text))) return null
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const stripped = text.replace(/<[^>]*>/g, '').replace(/\u202e|\u202c/g, '')
    if (escaped !== text && after.includes(inner(escaped))) return `${where}: stored HTML-escaped`
    if (stripped !== text && stripped.length > 3 && after.includes(inner(stripped)))
      return `${where}: stored rewritten`
  }
  return null
}

describe.each(ENDPOINTS)('%s: hostile input', (id, e) => {
  it('is refused field by field with the store unchanged; hostile text kept verbatim or refused', async () => {
    const h = await harness(id, e)
    const variants = hostileVariants({ params: e.params, query: e.query, body: e.body }, h.sample)
    const problems: string[] = []
    for (const v of variants) {
      const problem = await check(h, v)
      if (problem) problems.push(problem)
    }
    expect(problems).toEqual([])
    if (e.params || e.query || e.body) expect(variants.length).toBeGreaterThan(0)
  })

  if (e.body) {
    it('never answers arbitrary JSON with a 5xx, and changes nothing when it refuses', async () => {
      const h = await harness(id, e)
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
          const before = h.persisted()
          const res = await h.send({ ...h.sample, body })
          expect(res.status).toBeLessThan(500)
          if (res.status >= 400) expect(h.persisted()).toBe(before)
        }),
        { numRuns: 25 },
      )
    })
  }
})

it('keeps a report’s HTML, emoji and RTL text verbatim: stored, and answered as it was sent', async () => {
  const [id, e] = ENDPOINTS.find(([name]) => name === 'createTicket')!
  const h = await harness(id, e)
  const description = `${HOSTILE_TEXTS.html} ${HOSTILE_TEXTS.emoji} ${HOSTILE_TEXTS.rtl}`
  const body = { ...(h.sample.body as object), description, address: '<b>创业路</b> 北门' }
  const res = await h.send({ ...h.sample, body })
  expect(res.status).toBe(201)
  expect(res.body).toMatchObject({ description, address: '<b>创业路</b> 北门' })
  const stored = h.persisted()
  expect(stored.includes(JSON.stringify(description).slice(1, -1))).toBe(true)
  expect(stored.includes('&lt;')).toBe(false)
})

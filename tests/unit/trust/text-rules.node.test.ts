/**
 * Text and numbers as people mean them (src/contract/text.ts), through the router: control
 * characters refused, minimum lengths in visible characters, an empty query number missing.
 */
import { api, Description, visibleLength } from '../../../src/contract'
import { call, envelope, expectError, expectOk, testBackend } from '../mock/helpers'
import { reportBody, signIn, uploadedPhotoId } from '../mock/ticket-helpers'

const ZW = '\u200b\u200c\u200d\u2060\ufeff'

describe('visible length', () => {
  it('counts what a person sees', () => {
    expect(visibleLength('路灯不亮了')).toBe(5)
    expect(visibleLength(`${ZW}${ZW}`)).toBe(0)
    expect(visibleLength(' \u3000\t\n')).toBe(0)
    expect(visibleLength('路\u200b灯\u200b不\u200b亮')).toBe(4)
    expect(visibleLength('👍👍👍')).toBe(3)
  })

  it.each([
    ['only zero-width characters', ZW.repeat(4)],
    ['NUL characters', '\u0000\u0000\u0000\u0000\u0000\u0000'],
    ['four visible characters padded with invisible ones', `路\u200b灯\u200b坏\u200b了${ZW}`],
    ['a control character inside real text', '路灯不亮了\u0007\u0007'],
    ['an escape sequence', '路灯不亮了\u001b[2J'],
    ['a line separator', '路灯不亮了\u2028第二行'],
  ])('refuses a description of %s', (_name, text) => {
    expect(Description.safeParse(text).success).toBe(false)
  })

  it('keeps newlines and tabs in multi-line text, and emoji count once', () => {
    expect(Description.parse('路灯不亮\n已经三天了\t请尽快')).toBe('路灯不亮\n已经三天了\t请尽快')
    expect(Description.safeParse('👍👍👍👍👍').success).toBe(true)
  })
})

describe('through the router', () => {
  it('refuses a report whose description is only zero-width characters or NUL', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    for (const description of [ZW.repeat(3), '\u0000'.repeat(10), '   \u3000\u3000  ']) {
      const photo = await uploadedPhotoId(wang)
      const refused = expectError(
        await wang.call(api.createTicket, { body: reportBody([photo], { description }) }),
      )
      expect([refused.status, refused.error.code, Object.keys(refused.error.fields ?? {})]).toEqual([
        400,
        'VALIDATION_FAILED',
        ['description'],
      ])
    }
  })

  it('refuses a nickname of NUL or zero-width characters, and one with a control character', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    for (const nickname of ['\u0000', ZW, '王\u0000阿姨', '王阿姨\u001f']) {
      const refused = expectError(await wang.call(api.patchMe, { body: { nickname } }))
      expect([refused.status, Object.keys(refused.error.fields ?? {})]).toEqual([400, ['nickname']])
    }
    expect(expectOk(await wang.call(api.patchMe, { body: { nickname: '  王阿姨  ' } })).nickname).toBe(
      '王阿姨',
    )
  })

  it('reads an empty query number as missing, not 0', async () => {
    const backend = testBackend()
    const wang = await signIn(backend, 'u-resident-1')
    const empty = await call(backend, 'GET', '/geo/reverse', {
      token: wang.token,
      query: { lat: '', lng: '' },
    })
    expect(empty.status).toBe(400)
    expect(Object.keys(envelope(empty).error.fields ?? {}).sort()).toEqual(['lat', 'lng'])
    const blank = await call(backend, 'GET', '/tickets/nearby', {
      token: wang.token,
      query: { lat: ' ', lng: '113.6' },
    })
    expect([blank.status, Object.keys(envelope(blank).error.fields ?? {})]).toEqual([400, ['lat']])
    // an optional number left empty is simply absent
    const list = await call(backend, 'GET', '/tickets', {
      token: wang.token,
      query: { scope: 'mine', limit: '' },
    })
    expect(list.status).toBe(200)
  })
})

import { api } from '../../../src/contract'
import { setFaults } from '../../../mock/faults'
import { expectOk, testBackend } from './helpers'
import { asUser, expectRefusal, people, rewards, unused } from './points-helpers'

/**
 * The merchant's counter: a preview by code that changes nothing, then 确认核销 with a key. The
 * seeded 老刘烩面馆 (u-merchant-1) sells 烩面一碗; u-resident-2 (李建国) holds an unused one.
 */
const spaced = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ')

describe('核销前查看 (GET /redemptions/by-code/:code)', () => {
  it('shows the reward, the holder masked, the expiry and the status, and changes nothing', async () => {
    const { backend, r2, m1 } = await people()
    const voucher = await unused(r2, 'rw-huimian')
    const before = JSON.stringify(backend.store.state.mall)
    const preview = expectOk(await m1.call(api.previewRedemption, { params: { code: spaced(voucher.code) } }))
    expect(preview).toMatchObject({
      id: voucher.id,
      reward: { id: 'rw-huimian', title: '烩面一碗' },
      status: 'issued',
      expiresAt: voucher.expiresAt,
      usedAt: null,
    })
    expect(preview.holderName).toMatch(/^.\*\*$/)
    expect(preview.holderName).not.toBe('**')
    expect(JSON.stringify(backend.store.state.mall)).toBe(before)
  })

  it('refuses another shop’s voucher without saying anything about it, and an unknown code is not found', async () => {
    const { r1, m1 } = await people()
    const haircut = await unused(r1, 'rw-haircut')
    expectRefusal(
      await m1.call(api.previewRedemption, { params: { code: haircut.code } }),
      403,
      'FORBIDDEN',
      '这张券不是本店的礼品券，不能核销',
    )
    expectRefusal(
      await m1.call(api.previewRedemption, { params: { code: '1234' } }),
      404,
      'NOT_FOUND',
      '没有找到这张券，请核对券码',
    )
    expect((await r1.call(api.previewRedemption, { params: { code: haircut.code } })).status).toBe(403)
  })

  it('shows a used voucher as used, with when, and an unused one past its date as expired', async () => {
    const { backend, r2, m1 } = await people()
    const voucher = await unused(r2, 'rw-huimian')
    expectOk(await m1.verify(voucher.code, 'k-1'))
    const used = expectOk(await m1.call(api.previewRedemption, { params: { code: voucher.code } }))
    expect(used).toMatchObject({ status: 'used', usedAt: '2026-11-28T09:00:00+08:00' })

    const r1 = await asUser(backend, 'u-resident-1')
    const fresh = expectOk(await r1.redeem('rw-huimian'))
    backend.clock.advance(31 * 24 * 60)
    const expired = expectOk(await m1.call(api.previewRedemption, { params: { code: fresh.code } }))
    expect(expired.status).toBe('expired')
  })
})

describe('确认核销 (POST /redemptions/verify) after a lost answer or a double tap', () => {
  it('a lost answer retried with the same key shows 核销成功 with the same record: one 核销', async () => {
    const { backend, r2, m1 } = await people()
    const voucher = await unused(r2, 'rw-huimian')
    setFaults(backend.store, 'lost_answer', 1)
    // the answer is lost on its way back (a raw call: the typed one refuses a fault by design)
    const lost = await m1.post('/redemptions/verify', { code: voucher.code }, { 'idempotency-key': 'tap-1' })
    expect(lost.networkError).toBe(true)
    const retry = expectOk(await m1.verify(voucher.code, 'tap-1'))
    expect(retry).toMatchObject({ id: voucher.id, status: 'used' })
    const used = backend.store.state.mall.redemptions.filter(
      (r) => r.id === voucher.id && r.status === 'used',
    )
    expect(used).toHaveLength(1)
    const totals = expectOk(await m1.call(api.merchantTotals))
    expect(totals.today).toEqual({ vouchers: 1, pieces: 1, points: 20 })
  })

  it('two taps at once with one key: both show success, one 核销', async () => {
    const { backend, r2, m1 } = await people()
    const voucher = await unused(r2, 'rw-huimian')
    const [a, b] = await Promise.all([1, 2].map(() => m1.verify(voucher.code, 'same')))
    // the second waits for the first (409 in flight is retried by the client with the same key)
    const answers = [a, b].map((r) => r.status)
    expect(answers).toContain(200)
    expect(answers.every((s) => s === 200 || s === 409)).toBe(true)
    const again = expectOk(await m1.verify(voucher.code, 'same'))
    expect(again.status).toBe('used')
    expect(
      backend.store.state.mall.redemptions.filter((r) => r.status === 'used' && r.id === voucher.id),
    ).toHaveLength(1)
    expect(expectOk(await m1.call(api.merchantTotals)).today.vouchers).toBe(1)
  })

  it('a new request (a new key) for a used voucher is refused plainly, with when it was used', async () => {
    const { r2, m1 } = await people()
    const voucher = await unused(r2, 'rw-huimian')
    expectOk(await m1.verify(voucher.code, 'first'))
    expectRefusal(
      await m1.verify(voucher.code, 'second'),
      409,
      'CONFLICT',
      '这张券已于 11月28日 09:00 核销过了',
    )
  })
})

describe('my rewards (GET/POST/PATCH /merchant/rewards)', () => {
  const BODY = {
    title: '胡辣汤一碗',
    description: '早上 6 点到 10 点供应，堂食。',
    picture: 'soup' as const,
    cost: 15,
    stock: 20,
    perPersonLimit: 2,
    validDays: 30,
  }

  it('lists my shop’s rewards only, with stock, used and unused counts', async () => {
    const { m1 } = await people()
    const mine = expectOk(await m1.call(api.merchantRewards)).items
    expect(mine.map((r) => r.id).sort()).toEqual(['rw-huimian', 'rw-mutton-soup'])
    expect(mine.find((r) => r.id === 'rw-huimian')).toMatchObject({
      picture: 'noodles',
      stock: 18,
      usedCount: 1,
      unusedCount: 1,
      paused: false,
    })
  })

  it('a new reward is in the mall for residents at once, and can be redeemed and verified', async () => {
    const { r1, m1 } = await people()
    const created = expectOk(await m1.call(api.createReward, { body: BODY, idempotencyKey: 'new-1' }))
    expect(created).toMatchObject({ title: '胡辣汤一碗', picture: 'soup', stock: 20, usedCount: 0 })
    const inMall = (await rewards(r1))[created.id]
    expect(inMall).toMatchObject({
      title: '胡辣汤一碗',
      cost: 15,
      stock: 20,
      merchant: { name: '老刘烩面馆' },
    })
    const voucher = expectOk(await r1.redeem(created.id))
    expectOk(await m1.verify(voucher.code, 'v'))
    const after = expectOk(await m1.call(api.merchantRewards)).items.find((r) => r.id === created.id)
    expect(after).toMatchObject({ stock: 19, usedCount: 1, unusedCount: 0 })
    expectRefusal(
      await m1.call(api.createReward, { body: BODY, idempotencyKey: 'new-2' }),
      409,
      'CONFLICT',
      '本店已有礼品「胡辣汤一碗」，请换个名称或直接修改它',
    )
  })

  it('edits, pauses (out of the mall, redeeming refused, vouchers still valid) and restocks', async () => {
    const { r1, r2, m1 } = await people()
    const held = await unused(r2, 'rw-huimian')
    const edited = expectOk(
      await m1.call(api.updateReward, {
        params: { id: 'rw-huimian' },
        body: { ...BODY, title: '大碗烩面', picture: 'noodles', cost: 25, stock: 5 },
        idempotencyKey: 'e',
      }),
    )
    expect(edited).toMatchObject({ title: '大碗烩面', cost: 25, stock: 5 })
    expectOk(
      await m1.call(api.pauseReward, {
        params: { id: 'rw-huimian' },
        body: { paused: true },
        idempotencyKey: 'p',
      }),
    )
    expect((await rewards(r1))['rw-huimian']).toBeUndefined()
    expectRefusal(await r1.redeem('rw-huimian'), 409, 'CONFLICT', '这件礼品商户已暂停兑换，请看看别的礼品')
    // a voucher issued before the pause is still honoured, at the points it cost then
    const used = expectOk(await m1.verify(held.code, 'u'))
    expect(used).toMatchObject({ points: 20, reward: { title: '大碗烩面' } })
    expectOk(
      await m1.call(api.pauseReward, {
        params: { id: 'rw-huimian' },
        body: { paused: false },
        idempotencyKey: 'r',
      }),
    )
    const restocked = expectOk(
      await m1.call(api.restockReward, {
        params: { id: 'rw-huimian' },
        body: { add: 10 },
        idempotencyKey: 's',
      }),
    )
    expect(restocked).toMatchObject({ stock: 15, paused: false })
    expect((await rewards(r1))['rw-huimian']).toMatchObject({ stock: 15, cost: 25 })
  })

  it('another shop’s reward is not found, and an unverified shop has no books', async () => {
    const backend = testBackend()
    const m1 = await asUser(backend, 'u-merchant-1')
    expectRefusal(
      await m1.call(api.restockReward, {
        params: { id: 'rw-haircut' },
        body: { add: 1 },
        idempotencyKey: 'x',
      }),
      404,
      'NOT_FOUND',
      '没有找到这件礼品',
    )
    const m2 = await asUser(backend, 'u-merchant-2')
    expect((await m2.call(api.merchantRewards)).status).toBe(403)
    expect((await m2.call(api.merchantTotals)).status).toBe(403)
  })
})

import { envelope, expectError, expectOk, testBackend } from './helpers'
import { asUser, expectRefusal, people, rewards } from './points-helpers'

/**
 * Seeded mall: 烩面一碗 (rw-huimian, 老刘烩面馆 of u-merchant-1: 20 points, 18 left, 2 a person),
 * 羊肉汤一碗 (sold out), 理发券 30 (巧手理发店), 洗车券 50, 10 元购物代金券 40. u-resident-1 has 120
 * points, a used 烩面 and an unused 理发券; u-resident-2 an unused 烩面; u-resident-3 no points.
 */

describe('rewards mall', () => {
  it('lists rewards with picture, cost, stock, per-person limit, my count and the merchant', async () => {
    const { r1 } = await people()
    const all = await rewards(r1)
    expect(Object.keys(all)).toEqual([
      'rw-huimian',
      'rw-mutton-soup',
      'rw-haircut',
      'rw-carwash',
      'rw-grocery',
    ])
    expect(all['rw-huimian']).toMatchObject({
      title: '烩面一碗',
      cost: 20,
      stock: 18,
      perPersonLimit: 2,
      myCount: 1,
      merchant: { id: 'shop-laoliu', name: '老刘烩面馆' },
    })
    expect(all['rw-huimian'].imageUrl).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/)
    expect(all['rw-mutton-soup'].stock).toBe(0)
  })
})

describe('redeem', () => {
  it('spends the points, takes from stock and issues a voucher with a 12-digit code', async () => {
    const { r1 } = await people()
    const res = await r1.redeem('rw-grocery', 2)
    expect(res.status).toBe(201)
    const voucher = expectOk(res)
    expect(voucher).toMatchObject({
      quantity: 2,
      points: 80,
      status: 'issued',
      createdAt: '2026-11-28T09:00:00+08:00',
      expiresAt: '2026-12-28T23:59:59+08:00',
      usedAt: null,
      merchant: { name: '百姓平价超市' },
    })
    expect(voucher.code).toMatch(/^\d{12}$/)
    expect((await r1.account()).balance).toBe(40)
    expect((await rewards(r1))['rw-grocery']).toMatchObject({ stock: 28, myCount: 2 })
    const last = (await r1.ledger()).at(-1)
    expect(last).toMatchObject({
      amount: -80,
      reason: 'redemption',
      ref: voucher.id,
      note: '兑换「10 元购物代金券」× 2',
    })
    expect((await r1.vouchers())[0]).toEqual(voucher)
  })

  it('refuses plainly: short of points, sold out, low stock, over the limit, no such reward', async () => {
    const { backend, r1, r3 } = await people()
    expectRefusal(await r3.redeem('rw-huimian'), 422, 'INSUFFICIENT_POINTS', '积分不足，还差 20 分')
    expect((await r1.redeem('rw-carwash')).status).toBe(201)
    expectRefusal(await r1.redeem('rw-grocery', 2), 422, 'INSUFFICIENT_POINTS', '积分不足，还差 10 分')
    expectRefusal(await r1.redeem('rw-mutton-soup'), 422, 'OUT_OF_STOCK', '这件礼品已经兑完了')
    const grocery = backend.store.state.mall.rewards.find((r) => r.id === 'rw-grocery')
    if (grocery) grocery.stock = 1
    expectRefusal(await r1.redeem('rw-grocery', 2), 422, 'OUT_OF_STOCK', '库存不足，只剩 1 份了')
    expectRefusal(await r1.redeem('rw-haircut'), 409, 'CONFLICT', '这件礼品每人限兑 1 份，您已兑换 1 份')
    expectRefusal(await r1.redeem('rw-huimian', 2), 409, 'CONFLICT', '这件礼品每人限兑 2 份，您已兑换 1 份')
    expectRefusal(await r1.redeem('rw-nope'), 404, 'NOT_FOUND', '没有找到这件礼品，可能已下架')
    const zero = await r1.redeem('rw-huimian', 0)
    expect([zero.status, expectError(zero).error.fields]).toEqual([400, { quantity: '至少兑换 1 份' }])
    const keyless = await r1.post('/redemptions', { rewardId: 'rw-huimian', quantity: 1 })
    expect([keyless.status, envelope(keyless).error.fields]).toEqual([
      400,
      { 'Idempotency-Key': '缺少幂等键' },
    ])
    expect((await r1.account()).balance).toBe(70)
  })

  it('retries with one key give one voucher; the same key with another body is refused', async () => {
    const { r1 } = await people()
    const first = await r1.redeem('rw-huimian', 1, 'tap-1')
    const again = await r1.redeem('rw-huimian', 1, 'tap-1')
    const together = await Promise.all([1, 2, 3, 4].map(() => r1.redeem('rw-huimian', 1, 'tap-1')))
    expect(first.status).toBe(201)
    expect([again.status, again.headers['idempotent-replayed']]).toEqual([201, 'true'])
    const firstId = expectOk(first).id
    expect(expectOk(again).id).toBe(firstId)
    expect(together.every((r) => r.status === 201 && r.ok && r.body.id === firstId)).toBe(true)
    expect(
      (await r1.vouchers()).filter((v) => v.reward.id === 'rw-huimian' && v.status === 'issued'),
    ).toHaveLength(1)
    expect((await r1.account()).balance).toBe(100)
    expect((await r1.redeem('rw-grocery', 1, 'tap-1')).status).toBe(422)
  })

  it('a double tap while the first is still running: one voucher, the other told to wait', async () => {
    const { r1 } = await people()
    const [a, b] = await Promise.all([
      r1.redeem('rw-huimian', 1, 'tap-2'),
      r1.redeem('rw-huimian', 1, 'tap-2'),
    ])
    expect([a.status, b.status]).toEqual([201, 409])
    expect(expectError(b).error.message).toBe('上一次提交还在处理中，请稍候')
    expect((await r1.redeem('rw-huimian', 1, 'tap-2')).status).toBe(201)
    expect(
      (await r1.vouchers()).filter((v) => v.reward.id === 'rw-huimian' && v.status === 'issued'),
    ).toHaveLength(1)
  })

  it('is for residents and merchants', async () => {
    const grid = await asUser(testBackend(), 'u-grid-1')
    expect((await grid.redeem('rw-huimian')).status).toBe(403)
  })
})

import { api } from '../../../src/contract'
import { expectError, expectOk } from './helpers'
import { asUser, expectRefusal, FREE_LICENCE, people, refunds, rewards, unused } from './points-helpers'

/**
 * Seeded mall: 烩面一碗 (rw-huimian, 老刘烩面馆 of u-merchant-1: 20 points, 18 left, 2 a person),
 * 羊肉汤一碗 (sold out), 理发券 30 (巧手理发店), 洗车券 50, 10 元购物代金券 40. u-resident-1 has 120
 * points, a used 烩面 and an unused 理发券; u-resident-2 an unused 烩面; u-resident-3 no points.
 */
describe('cancel a voucher', () => {
  it('refunds the points once and puts the piece back in stock', async () => {
    const { r1 } = await people()
    const haircut = await unused(r1, 'rw-haircut')
    const res = await r1.cancelVoucher(haircut.id)
    expect(res.status).toBe(200)
    expect(expectOk(res)).toMatchObject({
      status: 'cancelled',
      cancelledAt: '2026-11-28T09:00:00+08:00',
    })
    expect((await r1.account()).balance).toBe(150)
    expect(await refunds(r1)).toMatchObject([
      { amount: 30, ref: haircut.id, note: '取消「理发券」，积分退回' },
    ])
    expect((await rewards(r1))['rw-haircut']).toMatchObject({ stock: 10, myCount: 0 })
    expectRefusal(
      await r1.cancelVoucher(haircut.id),
      409,
      'ILLEGAL_TRANSITION',
      '这张券已经取消过了，积分已退回',
    )
    expect(await refunds(r1)).toHaveLength(1)
  })

  it('cancelling twice at once refunds once', async () => {
    const { r1 } = await people()
    const haircut = await unused(r1, 'rw-haircut')
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => r1.cancelVoucher(haircut.id)))
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409])
    expect(await refunds(r1)).toHaveLength(1)
    expect((await r1.account()).balance).toBe(150)
  })

  it('refuses a used or expired voucher, and someone else’s is not found', async () => {
    const { backend, r1, r2 } = await people()
    const used = (await r1.vouchers()).find((v) => v.status === 'used')
    expectRefusal(
      await r1.cancelVoucher(String(used?.id)),
      409,
      'ILLEGAL_TRANSITION',
      '这张券已经使用过了，不能取消',
    )
    const theirs = await unused(r2, 'rw-huimian')
    expectRefusal(await r1.cancelVoucher(theirs.id), 404, 'NOT_FOUND', '没有找到这张券')
    backend.clock.advance(31 * 24 * 60)
    const haircut = (await r1.vouchers()).find((v) => v.reward.id === 'rw-haircut')
    expect(haircut?.status).toBe('expired')
    expectRefusal(
      await r1.cancelVoucher(String(haircut?.id)),
      409,
      'ILLEGAL_TRANSITION',
      '这张券已过期，积分已自动退回',
    )
    expect(await refunds(r1)).toMatchObject([{ amount: 30, note: '「理发券」过期未使用，积分退回' }])
  })
})

describe('a merchant redeems a voucher', () => {
  it('by its code, typed with spaces or scanned: once', async () => {
    const { r2, m1 } = await people()
    const voucher = await unused(r2, 'rw-huimian')
    const typed = voucher.code.replace(/(\d{4})(?=\d)/g, '$1 ')
    const res = await m1.verify(typed)
    expect(res.status).toBe(200)
    expect(expectOk(res)).toMatchObject({
      id: voucher.id,
      status: 'used',
      usedAt: '2026-11-28T09:00:00+08:00',
      holderName: '张**',
    })
    expectRefusal(await m1.verify(voucher.code), 409, 'CONFLICT', '这张券已于 11月28日 09:00 核销过了')
    expectRefusal(
      await r2.cancelVoucher(voucher.id),
      409,
      'ILLEGAL_TRANSITION',
      '这张券已经使用过了，不能取消',
    )
  })

  it('only for its own shop’s rewards: another merchant’s voucher is forbidden', async () => {
    const { backend, r1, r2, m1 } = await people()
    const haircut = await unused(r1, 'rw-haircut')
    expectRefusal(await m1.verify(haircut.code), 403, 'FORBIDDEN', '这张券不是本店的礼品券，不能核销')
    const m2 = await asUser(backend, 'u-merchant-2')
    await m2.call(api.applyMerchant, {
      body: {
        shopName: '陈记鲜果坊',
        address: '中原区西里路 56 号',
        licenceNo: FREE_LICENCE,
      },
    })
    const huimian = await unused(r2, 'rw-huimian')
    expectRefusal(await m2.verify(huimian.code), 403, 'FORBIDDEN', '这张券不是本店的礼品券，不能核销')
    expect((await r2.vouchers()).find((v) => v.id === huimian.id)?.status).toBe('issued')
  })

  it('is for merchants only: a resident calling verify is forbidden', async () => {
    const { r1, r2 } = await people()
    const huimian = await unused(r2, 'rw-huimian')
    expectRefusal(await r1.verify(huimian.code), 403, 'FORBIDDEN', '您没有权限进行此操作')
  })

  it('refuses a mistyped code, an unknown one, a cancelled and an expired voucher', async () => {
    const { backend, r1, m1 } = await people()
    const mistyped = await m1.verify('1234 5678 9012')
    expect([mistyped.status, expectError(mistyped).error.fields]).toEqual([
      400,
      { code: '券码有误，请核对后重新输入' },
    ])
    expectRefusal(await m1.verify('123456789015'), 404, 'NOT_FOUND', '没有找到这张券，请核对券码')
    const cancelled = expectOk(await r1.redeem('rw-huimian'))
    await r1.cancelVoucher(cancelled.id)
    expectRefusal(
      await m1.verify(cancelled.code),
      409,
      'ILLEGAL_TRANSITION',
      '这张券已被持券人取消，不能核销',
    )
    const later = expectOk(await r1.redeem('rw-huimian'))
    backend.clock.advance(31 * 24 * 60)
    expectRefusal(await m1.verify(later.code), 409, 'ILLEGAL_TRANSITION', '这张券已过期，不能核销')
  })

  it('a verification racing the holder’s cancel: exactly one wins, and the ledger agrees', async () => {
    const { r2, m1 } = await people()
    const voucher = await unused(r2, 'rw-huimian')
    const [verified, cancelled] = await Promise.all([m1.verify(voucher.code), r2.cancelVoucher(voucher.id)])
    expect([verified.status, cancelled.status].sort()).toEqual([200, 409])
    const status = (await r2.vouchers()).find((v) => v.id === voucher.id)?.status
    expect(status).toBe(verified.status === 200 ? 'used' : 'cancelled')
    expect(await refunds(r2)).toHaveLength(status === 'cancelled' ? 1 : 0)
  })
})

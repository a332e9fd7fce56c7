import { api, LicenceNumber, usccCheckChar } from '../../../src/contract'
import { envelope, expectError, expectOk, testBackend } from './helpers'
import { newKey } from './ticket-helpers'
import { asUser, FREE_LICENCE } from './points-helpers'

const SHOP = { shopName: '陈记鲜果坊', address: '中原区西里路 56 号', licenceNo: FREE_LICENCE }

describe('统一社会信用代码', () => {
  it('accepts 18 characters with the right check character, in any case and with spaces around', () => {
    expect(LicenceNumber.parse(` ${FREE_LICENCE.toLowerCase()} `)).toBe(FREE_LICENCE)
    // a real published code: 国家市场监督管理总局's own example shape
    expect(usccCheckChar('91350100M000100Y4')).toBe('3')
  })

  it.each([
    ['too short', '91410102MA9X8Y7W', '统一社会信用代码是 18 位数字和大写字母，请对照营业执照填写'],
    [
      'a letter nobody uses (O)',
      '91410102MA9X8Y7WO',
      '统一社会信用代码是 18 位数字和大写字母，请对照营业执照填写',
    ],
    [
      'a wrong check character',
      FREE_LICENCE.slice(0, 17) + (FREE_LICENCE[17] === '0' ? '1' : '0'),
      '统一社会信用代码有误，请对照营业执照核对',
    ],
  ])('refuses %s', (_, value, message) => {
    const result = LicenceNumber.safeParse(value)
    expect(result.success ? null : result.error.issues[0].message).toBe(message)
  })
})

describe('我是商户 (POST /me/merchant)', () => {
  it('verifies the shop at once: the resident becomes a merchant who sees merchant activities', async () => {
    const backend = testBackend()
    const m2 = await asUser(backend, 'u-merchant-2')
    expect((await m2.call(api.listActivities, { query: { audience: 'merchant' } })).status).toBe(403)
    const res = await m2.call(api.applyMerchant, { body: SHOP })
    expect(res.status).toBe(200)
    const verification = expectOk(res)
    expect(verification.user).toMatchObject({
      id: 'u-merchant-2',
      role: 'merchant',
      merchant: { shopName: '陈记鲜果坊', verified: true },
    })
    expect(verification.shop).toEqual({
      ...SHOP,
      verified: true,
      verifiedAt: '2026-11-28T09:00:00+08:00',
    })
    expect(expectOk(await m2.call(api.me)).role).toBe('merchant')
    expect((await m2.call(api.listActivities, { query: { audience: 'merchant' } })).status).toBe(200)
    expect((await m2.signUp('act-fire-drill')).status).toBe(200)
    const dev = expectOk(await m2.call(api.devUsers))
    expect(dev.items.find((u) => u.id === 'u-merchant-2')?.description).toBe(
      '商户 · 陈记鲜果坊（已认证）· 西里路社区',
    )
  })

  it('refuses a malformed licence with the field named, and a licence another shop registered', async () => {
    const backend = testBackend()
    const r1 = await asUser(backend, 'u-resident-1')
    const bad = await r1.call(api.applyMerchant, { body: { ...SHOP, licenceNo: '12345' } })
    expect(bad.status).toBe(400)
    expect(expectError(bad).error.fields).toEqual({
      licenceNo: '统一社会信用代码是 18 位数字和大写字母，请对照营业执照填写',
    })
    const empty = await r1.post('/me/merchant', {}, { 'idempotency-key': newKey() })
    expect(Object.keys(envelope(empty).error.fields ?? {}).sort()).toEqual([
      'address',
      'licenceNo',
      'shopName',
    ])
    const laoliu = backend.store.state.mall.shops.find((s) => s.id === 'shop-laoliu')?.licenceNo
    if (!laoliu) throw new Error('no shop-laoliu in the seed')
    const taken = await r1.call(api.applyMerchant, {
      body: { ...SHOP, shopName: '王阿姨小卖部', licenceNo: laoliu },
    })
    expect([taken.status, expectError(taken).error]).toEqual([
      409,
      { code: 'CONFLICT', message: '这个营业执照号已被其他店铺登记，如有疑问请联系社区' },
    ])
    expect(expectOk(await r1.call(api.me)).role).toBe('resident')
  })

  it('lets a verified merchant update the shop, and is closed to grid workers', async () => {
    const backend = testBackend()
    const m1 = await asUser(backend, 'u-merchant-1')
    const laoliu = backend.store.state.mall.shops.find((s) => s.id === 'shop-laoliu')
    if (!laoliu?.licenceNo) throw new Error('no shop-laoliu in the seed')
    const res = await m1.call(api.applyMerchant, {
      body: {
        shopName: '老刘烩面馆（创业路店）',
        address: '中原区创业路 18 号',
        licenceNo: laoliu.licenceNo,
      },
    })
    expect(expectOk(res).shop.shopName).toBe('老刘烩面馆（创业路店）')
    expect(backend.store.state.mall.shops.filter((s) => s.ownerId === 'u-merchant-1')).toHaveLength(1)
    const grid = await asUser(backend, 'u-grid-1')
    expect((await grid.call(api.applyMerchant, { body: SHOP })).status).toBe(403)
  })
})

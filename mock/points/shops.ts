import type { MerchantApplicationBody, ShopProfile } from '../../src/contract'
import { formatIso } from '../clock'
import { conflict } from '../errors'
import type { StoredUser } from '../state'
import type { PointsStore } from './domain'
import { mallOf, shopOfOwner } from './mall'
import type { StoredShop } from './model'

export function toShopProfile(s: StoredShop): ShopProfile {
  return {
    shopName: s.name,
    address: s.address,
    licenceNo: s.licenceNo ?? '',
    verified: s.verified,
    verifiedAt: s.verifiedAt === null ? null : formatIso(s.verifiedAt),
  }
}

/** 居民 · 西里路社区 / 商户 · 陈记鲜果坊（待认证）· 西里路社区 → 商户 · <shop>（已认证）· 西里路社区 */
function merchantDescription(user: StoredUser, shopName: string): string {
  const parts = user.description.split(/\s*·\s*/)
  const community = parts.length > 1 ? parts[parts.length - 1] : ''
  return community ? `商户 · ${shopName}（已认证）· ${community}` : `商户 · ${shopName}（已认证）`
}

/**
 * 我是商户: the mock checks what a real backend would look up (the licence number's format and
 * check character, checked by the contract; that no other shop has registered it) and verifies
 * at once. The account becomes a merchant: merchant activities and 核销 open up.
 */
export function verifyShop(
  store: PointsStore,
  user: StoredUser,
  body: MerchantApplicationBody,
  now: number,
): StoredShop {
  const mall = mallOf(store)
  const taken = mall.shops.find((s) => s.licenceNo === body.licenceNo && s.ownerId !== user.id)
  if (taken) throw conflict('这个营业执照号已被其他店铺登记，如有疑问请联系社区')
  let shop = shopOfOwner(store, user.id)
  if (!shop) {
    shop = {
      id: `shop-${String(mall.shops.length + 1).padStart(3, '0')}`,
      ownerId: user.id,
      name: body.shopName,
      address: body.address,
      licenceNo: null,
      verified: false,
      verifiedAt: null,
    }
    mall.shops.push(shop)
  }
  const unchanged = shop.verified && shop.licenceNo === body.licenceNo
  shop.name = body.shopName
  shop.address = body.address
  shop.licenceNo = body.licenceNo
  shop.verified = true
  if (!unchanged) shop.verifiedAt = now
  user.role = 'merchant'
  user.merchant = { shopName: shop.name, verified: true }
  user.description = merchantDescription(user, shop.name)
  return shop
}

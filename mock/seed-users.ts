import type { StoredUser } from './state'

/**
 * The dev users, with stable ids the developer panel, tests and scripts log in as (`dev:<id>`).
 * The first resident is who any other login code becomes.
 * A merchant is a resident with a verified shop, so u-merchant-2 (shop not yet verified) is
 * still a resident until verification.
 */
export const USERS: readonly StoredUser[] = [
  {
    id: 'u-resident-1',
    role: 'resident',
    nickname: '王秀兰',
    phone: '13812341234',
    communityId: 'c-chuangye-lu',
    gridId: null,
    merchant: null,
    description: '居民 · 创业路社区',
  },
  {
    id: 'u-resident-2',
    role: 'resident',
    nickname: '张建国',
    phone: '13937125566',
    communityId: 'c-xili-lu',
    gridId: null,
    merchant: null,
    description: '居民 · 西里路社区',
  },
  {
    id: 'u-resident-3',
    role: 'resident',
    nickname: '李娜',
    phone: '15188019027',
    communityId: 'c-gaogou-cun',
    gridId: null,
    merchant: null,
    description: '居民 · 高沟村',
  },
  {
    id: 'u-merchant-1',
    role: 'merchant',
    nickname: '刘德福',
    phone: '13703716688',
    communityId: 'c-chuangye-lu',
    gridId: null,
    merchant: { shopName: '老刘烩面馆', verified: true },
    description: '商户 · 老刘烩面馆（已认证）· 创业路社区',
  },
  {
    id: 'u-merchant-2',
    role: 'resident',
    nickname: '陈静',
    phone: '18638120451',
    communityId: 'c-xili-lu',
    gridId: null,
    merchant: { shopName: '陈记鲜果坊', verified: false },
    description: '商户 · 陈记鲜果坊（待认证）· 西里路社区',
  },
  {
    id: 'u-grid-1',
    role: 'grid_worker',
    nickname: '赵磊',
    phone: '13598763210',
    communityId: 'c-chuangye-lu',
    gridId: 'g-chuangye-lu-1',
    merchant: null,
    description: '网格员 · 创业路社区第一网格',
  },
  {
    id: 'u-grid-2',
    role: 'grid_worker',
    nickname: '孙丽',
    phone: '17739612345',
    communityId: 'c-xili-lu',
    gridId: 'g-xili-lu-1',
    merchant: null,
    description: '网格员 · 西里路社区第一网格',
  },
]

/** Whom a login code that is not `dev:<id>` (Taro.login on weapp, the H5 launch) signs in as. */
export const DEFAULT_USER_ID = 'u-resident-1'

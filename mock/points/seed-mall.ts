import { usccCheckChar } from '../../src/contract'
import { dayAt } from './time'
import type { StoredReward, StoredShop } from './model'

/** A well-formed 统一社会信用代码 from its first 17 characters. */
export function licence(first17: string): string {
  return first17 + usccCheckChar(first17)
}

/**
 * 老刘烩面馆 belongs to u-merchant-1 (verified), 陈记鲜果坊 to u-merchant-2 (not yet verified);
 * the other partner shops have no account in the app.
 */
export function seedShops(now: number): StoredShop[] {
  const partner = (id: string, name: string, address: string, code: string): StoredShop => ({
    id,
    ownerId: null,
    name,
    address,
    licenceNo: licence(code),
    verified: true,
    verifiedAt: dayAt(now, -300, 10),
  })
  return [
    {
      id: 'shop-laoliu',
      ownerId: 'u-merchant-1',
      name: '老刘烩面馆',
      address: '中原区创业路 18 号',
      licenceNo: licence('92410102MA44PL6R8'),
      verified: true,
      verifiedAt: dayAt(now, -400, 15),
    },
    {
      id: 'shop-chenji',
      ownerId: 'u-merchant-2',
      name: '陈记鲜果坊',
      address: '中原区西里路 56 号',
      licenceNo: null,
      verified: false,
      verifiedAt: null,
    },
    partner('shop-qiaoshou', '巧手理发店', '中原区兴华街 9 号', '92410102MA45T3QW2'),
    partner('shop-jinshui', '金水洗车行', '中原区桐柏路 133 号', '91410102MA46BC8N5'),
    partner('shop-baixing', '百姓平价超市', '中原区西里路 22 号', '91410102MA47KD2H9'),
  ]
}

/** Stock before the seeded history redeems some of it. */
export const SEED_REWARDS: readonly Omit<StoredReward, 'paused'>[] = [
  {
    id: 'rw-huimian',
    shopId: 'shop-laoliu',
    title: '烩面一碗',
    description: '老刘烩面馆招牌羊肉烩面一碗，堂食或打包均可。',
    art: { glyph: '面', color: '#d9480f' },
    cost: 20,
    stock: 20,
    perPersonLimit: 2,
    validDays: 30,
  },
  {
    id: 'rw-mutton-soup',
    shopId: 'shop-laoliu',
    title: '羊肉汤一碗',
    description: '冬季限定，每日限量。',
    art: { glyph: '汤', color: '#a61e4d' },
    cost: 30,
    stock: 0,
    perPersonLimit: 1,
    validDays: 14,
  },
  {
    id: 'rw-haircut',
    shopId: 'shop-qiaoshou',
    title: '理发券',
    description: '巧手理发店洗剪吹一次，老年人可预约上门。',
    art: { glyph: '剪', color: '#1971c2' },
    cost: 30,
    stock: 10,
    perPersonLimit: 1,
    validDays: 30,
  },
  {
    id: 'rw-carwash',
    shopId: 'shop-jinshui',
    title: '洗车券',
    description: '金水洗车行普通轿车外观精洗一次（SUV 另补 10 元）。',
    art: { glyph: '车', color: '#2b8a3e' },
    cost: 50,
    stock: 5,
    perPersonLimit: 1,
    validDays: 60,
  },
  {
    id: 'rw-grocery',
    shopId: 'shop-baixing',
    title: '10 元购物代金券',
    description: '百姓平价超市满 30 元可用，不找零。',
    art: { glyph: '券', color: '#e67700' },
    cost: 40,
    stock: 30,
    perPersonLimit: 3,
    validDays: 30,
  },
]

import { REWARD_PICTURES, RewardPicture, type MerchantReward, type RewardBody } from '../../src/contract'
import { conflict, notFound, validationFailed } from '../errors'
import type { StoredUser } from '../state'
import type { PointsStore } from './domain'
import { rewardImageUrl } from './art'
import { verifiedShop } from './books'
import { lockedCommand } from './locks'
import { mallOf } from './mall'
import type { StoredReward, StoredShop } from './model'

const MAX_STOCK = 9999

/** The set picture a stored tile matches; seeded tiles all come from the set. */
export function pictureOf(r: Pick<StoredReward, 'art'>): RewardPicture {
  const found = RewardPicture.options.find((p) => REWARD_PICTURES[p].glyph === r.art.glyph)
  return found ?? 'gift'
}

function artOf(picture: RewardPicture): StoredReward['art'] {
  const { glyph, color } = REWARD_PICTURES[picture]
  return { glyph, color }
}

export function toMerchantReward(store: PointsStore, r: StoredReward): MerchantReward {
  const mine = mallOf(store).redemptions.filter((v) => v.rewardId === r.id)
  const pieces = (status: string) =>
    mine.filter((v) => v.status === status).reduce((n, v) => n + v.quantity, 0)
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    picture: pictureOf(r),
    imageUrl: rewardImageUrl(r),
    cost: r.cost,
    stock: r.stock,
    perPersonLimit: r.perPersonLimit,
    validDays: r.validDays,
    paused: r.paused,
    usedCount: pieces('used'),
    unusedCount: pieces('issued'),
  }
}

/** My shop's rewards, the newest first. */
export function shopRewards(store: PointsStore, merchant: StoredUser): StoredReward[] {
  const shop = verifiedShop(store, merchant)
  return mallOf(store)
    .rewards.filter((r) => r.shopId === shop.id)
    .reverse()
}

/** One of my shop's rewards; another shop's is simply not found. */
function ownReward(store: PointsStore, shop: StoredShop, id: string): StoredReward {
  const reward = mallOf(store).rewards.find((r) => r.id === id && r.shopId === shop.id)
  if (!reward) throw notFound('没有找到这件礼品')
  return reward
}

function titleTaken(
  store: PointsStore,
  shop: StoredShop,
  title: string,
  except: string | null,
): Error | null {
  const same = mallOf(store).rewards.find(
    (r) => r.shopId === shop.id && r.id !== except && r.title.trim() === title.trim(),
  )
  return same ? conflict(`本店已有礼品「${same.title}」，请换个名称或直接修改它`) : null
}

function apply(r: StoredReward, body: RewardBody): void {
  r.title = body.title
  r.description = body.description
  r.art = artOf(body.picture)
  r.cost = body.cost
  r.stock = body.stock
  r.perPersonLimit = body.perPersonLimit
  r.validDays = body.validDays
}

/** 上架: a new reward of my shop, in the mall at once unless its stock is 0 (then 已兑完). */
export function createReward(
  store: PointsStore,
  merchant: StoredUser,
  body: RewardBody,
): Promise<StoredReward> {
  const shop = verifiedShop(store, merchant)
  const refusal = () => titleTaken(store, shop, body.title, null)
  return lockedCommand(store, [`shop:${shop.id}`], refusal, () => {
    const rewards = mallOf(store).rewards
    const reward: StoredReward = {
      id: `rw-${String(rewards.length + 1).padStart(4, '0')}`,
      shopId: shop.id,
      title: '',
      description: '',
      art: artOf(body.picture),
      cost: 1,
      stock: 0,
      perPersonLimit: 1,
      validDays: 1,
      paused: false,
    }
    apply(reward, body)
    rewards.push(reward)
    return reward
  })
}

/**
 * A change to one of my shop's rewards, under `locks`: refused as `refusal` says (before and
 * after the round trip), then made by `change` on the reward as it stands by then.
 */
function changeReward(
  store: PointsStore,
  merchant: StoredUser,
  id: string,
  command: {
    locks: (shop: StoredShop) => string[]
    refusal: (shop: StoredShop) => Error | null
    change: (reward: StoredReward) => void
  },
): Promise<StoredReward> {
  const shop = verifiedShop(store, merchant)
  ownReward(store, shop, id)
  const write = () => {
    const reward = ownReward(store, shop, id)
    command.change(reward)
    return reward
  }
  return lockedCommand(store, command.locks(shop), () => command.refusal(shop), write)
}

/** 修改: vouchers already issued keep what they were issued with (points, expiry). */
export function updateReward(
  store: PointsStore,
  merchant: StoredUser,
  id: string,
  body: RewardBody,
): Promise<StoredReward> {
  return changeReward(store, merchant, id, {
    // the shop's lock: no other reward of the shop takes the same title meanwhile
    locks: (shop) => [`shop:${shop.id}`, `reward:${id}`],
    refusal: (shop) => titleTaken(store, shop, body.title, id),
    change: (reward) => apply(reward, body),
  })
}

export function pauseReward(
  store: PointsStore,
  merchant: StoredUser,
  id: string,
  paused: boolean,
): StoredReward {
  const reward = ownReward(store, verifiedShop(store, merchant), id)
  reward.paused = paused
  return reward
}

/** 补货: under the reward's lock, so a redemption in flight never sees a half-written stock. */
export function restockReward(
  store: PointsStore,
  merchant: StoredUser,
  id: string,
  add: number,
): Promise<StoredReward> {
  return changeReward(store, merchant, id, {
    locks: () => [`reward:${id}`],
    refusal: (shop) => {
      const { stock } = ownReward(store, shop, id)
      return stock + add > MAX_STOCK
        ? validationFailed({ add: `库存最多 ${MAX_STOCK} 份，现有 ${stock} 份` })
        : null
    },
    change: (reward) => {
      reward.stock += add
    },
  })
}

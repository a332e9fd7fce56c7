import { USERS } from '../seed-users'
import { maskName } from '../users'
import type { PersonActor } from './transitions'

/**
 * Who appears in seeded tickets besides the dev users: neighbours who report (they cannot log
 * in; a real city has many more residents than the developer panel lists) and the grid
 * workers of grids that have no dev user.
 */
const NEIGHBOURS: readonly { id: string; nickname: string }[] = [
  { id: 'u-neighbour-1', nickname: '周桂芳' },
  { id: 'u-neighbour-2', nickname: '马国强' },
  { id: 'u-neighbour-3', nickname: '郭丽娟' },
  { id: 'u-neighbour-4', nickname: '杨志刚' },
  { id: 'u-neighbour-5', nickname: '何淑珍' },
]

const GRID_STAFF: Record<string, { id: string; nickname: string }> = {
  'g-chuangye-lu-2': { id: 'u-staff-chuangye-2', nickname: '吴海燕' },
  'g-xili-lu-2': { id: 'u-staff-xili-2', nickname: '冯志强' },
  'g-gaogou-cun-1': { id: 'u-staff-gaogou-1', nickname: '高红梅' },
  'g-wenhua-lu-1': { id: 'u-staff-wenhua-1', nickname: '郑伟' },
  'g-daxue-lu-1': { id: 'u-staff-daxue-1', nickname: '韩雪' },
}

export function nicknameOf(userId: string): string {
  const found = USERS.find((u) => u.id === userId) ?? NEIGHBOURS.find((n) => n.id === userId)
  if (!found) throw new Error(`[mock] seed: unknown person ${userId}`)
  return found.nickname
}

export function personActor(userId: string): PersonActor {
  return { kind: 'resident', userId, name: maskName(nicknameOf(userId)) }
}

export function gridActor(gridId: string): PersonActor {
  const worker = USERS.find((u) => u.role === 'grid_worker' && u.gridId === gridId) ?? GRID_STAFF[gridId]
  if (!worker) throw new Error(`[mock] seed: no grid worker for ${gridId}`)
  return { kind: 'grid_worker', userId: worker.id, gridId, name: maskName(worker.nickname) }
}

/** Reporters of the filler history: everyone but u-resident-1, whose tickets are all scripted. */
export const OTHER_REPORTERS: readonly string[] = [
  'u-resident-2',
  'u-resident-3',
  'u-merchant-1',
  'u-merchant-2',
  ...NEIGHBOURS.map((n) => n.id),
]

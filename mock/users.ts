import type { DevUser, User } from '../src/contract'
import type { StoredUser } from './state'

/** 13812341234 → 138****1234: the only way a phone number ever leaves the store. */
export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

export function toPublicUser(u: StoredUser): User {
  return {
    id: u.id,
    role: u.role,
    nickname: u.nickname,
    phone: u.phone === null ? null : maskPhone(u.phone),
    communityId: u.communityId,
    gridId: u.gridId,
    merchant: u.merchant ? { ...u.merchant } : null,
  }
}

export function toDevUser(u: StoredUser): DevUser {
  return { id: u.id, role: u.role, nickname: u.nickname, description: u.description }
}

/** 王秀兰 → 王**: how a person's name appears to anyone but themself. */
export function maskName(name: string): string {
  const first = Array.from(name.trim())[0]
  return first ? `${first}**` : '**'
}

import { STATUS_FILTER_MEMBERS, type StatusFilter, type TicketStatus } from '../../src/contract'
import { validationFailed } from '../errors'
import { distanceMeters } from '../geo'
import type { StoredUser } from '../state'
import { page } from './cursor'
import { pageOf } from './queries-order'
import { indexOfList } from './settle-index'
import { isOpen, type StoredTicket } from './model'

export const DEFAULT_PAGE_SIZE = 20
export const DEFAULT_PUBLIC_RADIUS_METERS = 1000
export const DEFAULT_NEARBY_RADIUS_METERS = 100
export const NEARBY_MAX = 5

/** Never on the public board: nothing to see there, and the reporter may not want it shown. */
const HIDDEN_FROM_PUBLIC: readonly TicketStatus[] = ['rejected', 'merged']

/** Shown to neighbours (the board and the map). */
export function isPublic(t: StoredTicket): boolean {
  return !HIDDEN_FROM_PUBLIC.includes(t.status)
}

export interface ListParams {
  scope: 'mine' | 'following' | 'public'
  status?: StatusFilter
  cursor?: string
  limit?: number
  lat?: number
  lng?: number
  radiusMeters?: number
  communityId?: string
  categoryId?: string
}

function publicFilter(q: ListParams): (t: StoredTicket) => boolean {
  if ((q.lat === undefined) !== (q.lng === undefined))
    throw validationFailed({ [q.lat === undefined ? 'lat' : 'lng']: '请同时提供经度和纬度' })
  const center = q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : null
  if (!center && !q.communityId) throw validationFailed({ communityId: '请提供位置或社区' })
  const radius = q.radiusMeters ?? DEFAULT_PUBLIC_RADIUS_METERS
  return (t) =>
    isPublic(t) &&
    ((q.communityId !== undefined && t.communityId === q.communityId) ||
      (center !== null && distanceMeters(center, t.location) <= radius))
}

/** 我的上报 (reported or followed with 我也遇到) or the public board, one page, newest first. */
export function listTickets(tickets: readonly StoredTicket[], viewer: StoredUser, q: ListParams) {
  const members = STATUS_FILTER_MEMBERS[q.status ?? 'all']
  const inScope =
    q.scope === 'mine'
      ? (t: StoredTicket) => t.reporterId === viewer.id
      : q.scope === 'following'
        ? (t: StoredTicket) => t.reporterId !== viewer.id && t.supporterIds.includes(viewer.id)
        : publicFilter(q)
  const keep = (t: StoredTicket) =>
    members.includes(t.status) && (q.categoryId === undefined || t.categoryId === q.categoryId) && inScope(t)
  const limit = q.limit ?? DEFAULT_PAGE_SIZE
  // the store's list walks its kept order from the cursor (a reporter's own list for 我的上报)
  const index = indexOfList(tickets)
  if (!index) return page(tickets.filter(keep), q.cursor, limit)
  const order = q.scope === 'mine' ? index.order.reporter(viewer.id) : index.order.all
  return pageOf(
    order,
    (entry) => {
      const t = index.at(entry.id)
      return keep(t) ? t : null
    },
    q.cursor,
    limit,
  )
}

/** Open tickets of the category close to a point, not the caller's own, nearest first. */
export function nearbyTickets(
  tickets: readonly StoredTicket[],
  viewer: StoredUser,
  q: { lat: number; lng: number; categoryId?: string; radiusMeters?: number },
): StoredTicket[] {
  const radius = q.radiusMeters ?? DEFAULT_NEARBY_RADIUS_METERS
  return tickets
    .filter((t) => isOpen(t.status) && t.reporterId !== viewer.id)
    .filter((t) => q.categoryId === undefined || t.categoryId === q.categoryId)
    .map((t) => ({ t, d: distanceMeters(q, t.location) }))
    .filter(({ d }) => d <= radius)
    .sort((a, b) => a.d - b.d)
    .slice(0, NEARBY_MAX)
    .map(({ t }) => t)
}

import { illegalTransition, validationFailed } from '../errors'
import { distanceMeters } from '../geo'
import { isOpen, type StoredTicket } from './model'

/** How close another ticket must be to be the same problem, and how many the grid worker is offered. */
export const MERGE_RADIUS_METERS = 200
export const MERGE_CANDIDATES_MAX = 10

export interface MergeCandidate {
  ticket: StoredTicket
  distance: number
  sameCategory: boolean
}

function canMergeInto(t: StoredTicket, into: StoredTicket): boolean {
  return (
    into.id !== t.id &&
    into.gridId === t.gridId &&
    isOpen(into.status) &&
    distanceMeters(t.location, into.location) <= MERGE_RADIUS_METERS
  )
}

/** Open tickets of the same grid within 200 m of `t`, same category first, then nearest. */
export function mergeCandidates(tickets: readonly StoredTicket[], t: StoredTicket): MergeCandidate[] {
  return tickets
    .filter((into) => canMergeInto(t, into))
    .map((into) => ({
      ticket: into,
      distance: distanceMeters(t.location, into.location),
      sameCategory: into.categoryId === t.categoryId,
    }))
    .sort((a, b) => Number(b.sameCategory) - Number(a.sameCategory) || a.distance - b.distance)
    .slice(0, MERGE_CANDIDATES_MAX)
}

/** A merge goes into a real, open, nearby ticket of the same grid: what the candidates list offers. */
export function checkMergeTarget(tickets: readonly StoredTicket[], t: StoredTicket, intoId: string): void {
  const into = tickets.find((o) => o.id === intoId)
  if (!into) throw validationFailed({ intoId: '没有找到要合并到的问题' })
  if (!canMergeInto(t, into))
    throw illegalTransition(`只能合并到本网格 ${MERGE_RADIUS_METERS} 米内还没办结的问题`)
}

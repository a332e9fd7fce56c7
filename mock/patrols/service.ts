import type { HazardBody } from '../../src/contract'
import {
  conflict,
  findById,
  forbidden,
  illegalTransition,
  notFound,
  validationFailed,
  type FieldErrors,
} from '../errors'
import { reverseGeocode } from '../geo'
import { findLeafCategory } from '../seed-reference'
import type { StoredUser } from '../state'
import type { Store } from '../store'
import { ownPhotos } from '../tickets/create'
import { afterChange } from '../tickets/effects'
import { apply, submit } from '../tickets/lifecycle'
import type { StoredTicket } from '../tickets/model'
import { insertTicket, nextTicketId } from '../tickets/repo'
import { actorOf } from '../tickets/view'
import { gridOf } from '../workbench/access'
import type { StoredPatrol, StoredTrackPoint } from './model'
import { appendPoints } from './track'

/** Patrols: one running at a time per grid worker; hazards found become tickets of the grid. */

function patrolId(seq: number): string {
  return `p-${String(seq).padStart(4, '0')}`
}

export function myPatrols(store: Store, user: StoredUser): StoredPatrol[] {
  return store.state.patrols.items.filter((p) => p.workerId === user.id)
}

export function findPatrol(store: Store, user: StoredUser, id: string): StoredPatrol {
  const found = findById(store.state.patrols.items, id, () => notFound('没有找到这次巡查'))
  if (found.workerId !== user.id) throw forbidden('这不是您的巡查记录')
  return found
}

function put(store: Store, patrol: StoredPatrol): StoredPatrol {
  const items = store.state.patrols.items
  items[items.findIndex((p) => p.id === patrol.id)] = patrol
  return patrol
}

function running(store: Store, user: StoredUser, id: string): StoredPatrol {
  const patrol = findPatrol(store, user, id)
  if (patrol.finishedAt !== null) throw illegalTransition('这次巡查已经结束了')
  return patrol
}

export function startPatrol(store: Store, user: StoredUser, now: number): StoredPatrol {
  const gridId = gridOf(user)
  if (myPatrols(store, user).some((p) => p.finishedAt === null))
    throw conflict('您还有一次巡查没有结束，请先结束它')
  const slice = store.state.patrols
  const patrol: StoredPatrol = {
    id: patrolId(slice.nextSeq),
    workerId: user.id,
    gridId,
    startedAt: now,
    finishedAt: null,
    track: [],
    hazards: [],
  }
  slice.nextSeq += 1
  slice.items.push(patrol)
  return patrol
}

export function addPoints(
  store: Store,
  user: StoredUser,
  id: string,
  points: readonly StoredTrackPoint[],
  now: number,
): StoredPatrol {
  const patrol = running(store, user, id)
  // positions from before the start or from the future are not part of this walk
  const inside = points.filter((p) => p.at >= patrol.startedAt && p.at <= now + 60_000)
  return put(store, { ...patrol, track: appendPoints(patrol.track, inside) })
}

export function finishPatrol(store: Store, user: StoredUser, id: string, now: number): StoredPatrol {
  return put(store, { ...running(store, user, id), finishedAt: now })
}

/**
 * A hazard found on the walk becomes a ticket of the grid, reported by the grid worker and
 * accepted at once; solved on the spot it is resolved too (with the photo after). Through the
 * lifecycle engine like every ticket, so the queue, messages and statistics all see it.
 */
export function reportHazard(
  store: Store,
  user: StoredUser,
  id: string,
  body: HazardBody,
  now: number,
): { patrol: StoredPatrol; ticket: StoredTicket } {
  const patrol = running(store, user, id)
  const fields: FieldErrors = {}
  const photos = ownPhotos(store, user, body.photos, fields)
  const after = body.solved ? ownPhotos(store, user, body.afterPhotos ?? [], {}) : []
  if (body.solved && after.length === 0) fields.afterPhotos = '现场解决请拍一张处理后的照片'
  const leaf = findLeafCategory(body.categoryId)
  if (!leaf) fields.categoryId = '请选择具体的问题类别'
  const geo = reverseGeocode(body.location)
  if (geo.gridId !== patrol.gridId) fields.location = '这个位置不在您负责的网格'
  if (Object.keys(fields).length > 0 || !leaf || !geo.communityId) throw validationFailed(fields)

  const actor = actorOf(user)
  const description = body.description?.trim() || `巡查发现：${leaf.name}`
  const submitted = submit(
    {
      id: nextTicketId(store),
      reporterId: user.id,
      reporterName: user.nickname,
      anonymous: false,
      contactPhone: null,
      categoryId: leaf.id,
      description,
      address: geo.address,
      location: { lat: body.location.lat, lng: body.location.lng },
      communityId: geo.communityId,
      gridId: patrol.gridId,
      photos,
      createdAt: now,
    },
    actor,
  )
  insertTicket(store, submitted)
  let ticket = apply(submitted, { type: 'accept', note: '网格员巡查时发现' }, actor, now)
  if (body.solved)
    ticket = apply(ticket, { type: 'resolveOnSpot', note: '巡查时现场解决', photos: after }, actor, now)
  const items = store.state.tickets
  items[items.length - 1] = ticket
  afterChange(store, submitted, ticket)
  const next = put(store, {
    ...patrol,
    hazards: [...patrol.hazards, { ticketId: ticket.id, solvedOnSpot: body.solved }],
  })
  return { patrol: next, ticket }
}

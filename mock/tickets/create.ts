import type { CreateTicketBody } from '../../src/contract'
import { MockError, validationFailed, type FieldErrors } from '../errors'
import { reverseGeocode } from '../geo'
import { findLeafCategory } from '../seed-reference'
import type { StoredUser } from '../state'
import type { Store } from '../store'
import { submit } from './lifecycle'
import type { StoredPhoto, StoredTicket } from './model'
import { insertTicket, nextTicketId } from './repo'
import { notifyGridWorkers } from '../notifications/grid-worker-messages'
import { actorOf } from './view'

/** Upload ids → stored photos, if each is the user's own and listed once; else messages per `photos.i`. */
export function ownPhotos(
  store: Store,
  user: StoredUser,
  ids: readonly string[],
  fields: FieldErrors,
): StoredPhoto[] {
  const uploads = store.state.uploads
  return ids.flatMap((id, i) => {
    const upload = Object.prototype.hasOwnProperty.call(uploads, id) ? uploads[id] : undefined
    if (!upload || upload.ownerId !== user.id) {
      fields[`photos.${i}`] = '这张照片已失效，请删除后重新添加'
      return []
    }
    if (ids.indexOf(id) !== i) {
      fields[`photos.${i}`] = '同一张照片添加了两次，请删除一张'
      return []
    }
    return [{ id, width: upload.width, height: upload.height }]
  })
}

/** POST /tickets after the contract's own checks: photos mine, a leaf category, a place we serve. */
export function createTicket(
  store: Store,
  user: StoredUser,
  body: CreateTicketBody,
  now: number,
): StoredTicket {
  const fields: FieldErrors = {}
  const photos = ownPhotos(store, user, body.photos, fields)
  if (!findLeafCategory(body.categoryId)) fields.categoryId = '请选择具体的问题类别'
  if (Object.keys(fields).length > 0) throw validationFailed(fields)

  const geo = reverseGeocode(body.location)
  if (!geo.inServiceArea || !geo.communityId || !geo.gridId)
    throw new MockError('OUT_OF_SERVICE_AREA', '该位置不在服务范围内，暂时无法受理')

  const ticket = submit(
    {
      id: nextTicketId(store),
      reporterId: user.id,
      reporterName: user.nickname,
      anonymous: body.anonymous,
      contactPhone: body.contactPhone ?? null,
      categoryId: body.categoryId,
      description: body.description,
      address: body.address,
      location: { lat: body.location.lat, lng: body.location.lng },
      communityId: geo.communityId,
      gridId: geo.gridId,
      photos,
      createdAt: now,
    },
    actorOf(user),
  )
  insertTicket(store, ticket)
  notifyGridWorkers(store, ticket, ticket.timeline[0])
  return ticket
}

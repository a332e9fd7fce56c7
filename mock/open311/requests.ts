import { formatIso } from '../clock'
import { DEPARTMENTS, findLeafCategory } from '../seed-reference'
import { isOpen, type StoredTicket } from '../tickets/model'
import { maskPersonalData } from '../privacy/personal-data'
import { servedPhotoUrl } from '../tickets/photos'
import { gcj02ToWgs84, round6 } from '../../src/contract/datum'
import { slaNotice } from './services'

/** A GeoReport v2 service request, the spec's field names; no reporter and no phone, ever. */
export interface Open311Request {
  service_request_id: string
  status: 'open' | 'closed'
  status_notes: string | null
  service_name: string
  service_code: string
  description: string
  agency_responsible: string | null
  service_notice: string | null
  requested_datetime: string
  updated_datetime: string
  expected_datetime: string | null
  address: string
  /** WGS-84, as GeoReport v2 means (the store's GCJ-02 converted) */
  lat: number
  long: number
  /** an absolute URL under the configured public base, signed for a day of mock time */
  media_url?: string
}

function lastNote(t: StoredTicket): string | null {
  for (let i = t.timeline.length - 1; i >= 0; i--) {
    const note = t.timeline[i].note
    if (note) return maskPersonalData(note)
  }
  return null
}

/**
 * Open data: no reporter, and every phone and ID number people typed into the description,
 * the address or a note masked (privacy/personal-data.ts). `publicBase` is the configured
 * origin (PUBLIC_BASE_URL), never the request's Host header.
 */
export function toOpen311Request(t: StoredTicket, publicBase: string, now: number): Open311Request {
  const wgs = gcj02ToWgs84(t.location)
  const leaf = findLeafCategory(t.categoryId)
  const departmentId = t.departmentId ?? leaf?.departmentId ?? null
  const request: Open311Request = {
    service_request_id: t.id,
    status: isOpen(t.status) ? 'open' : 'closed',
    status_notes: lastNote(t),
    service_name: leaf?.name ?? '其他',
    service_code: t.categoryId,
    description: maskPersonalData(t.description),
    agency_responsible: DEPARTMENTS.find((d) => d.id === departmentId)?.name ?? null,
    service_notice: leaf ? slaNotice(leaf.slaHours) : null,
    requested_datetime: formatIso(t.createdAt),
    updated_datetime: formatIso(t.updatedAt),
    expected_datetime: t.deadline === null ? null : formatIso(t.deadline),
    address: maskPersonalData(t.address),
    lat: round6(wgs.lat),
    long: round6(wgs.lng),
  }
  if (t.photos.length > 0) request.media_url = `${publicBase}${servedPhotoUrl(t.photos[0].id, now)}`
  return request
}

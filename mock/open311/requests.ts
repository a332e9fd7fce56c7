import { formatIso } from '../clock'
import { DEPARTMENTS, findLeafCategory } from '../seed-reference'
import { isOpen, type StoredTicket } from '../tickets/model'
import { photoUrl } from '../tickets/photos'
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
  /** GCJ-02, as everywhere in this app */
  lat: number
  long: number
  media_url?: string
}

/** A mainland mobile number, whole or already masked (138****1234), with or without spaces. */
const PHONE_IN_TEXT = /(?<!\d)1\d{2}[\s-]?[\d*]{4}[\s-]?\d{4}(?!\d)/g
export const PHONE_HIDDEN = '[电话已隐藏]'

/** Residents type phone numbers into descriptions and notes; open data never shows one, not even masked. */
export function hidePhones(text: string): string {
  return text.replace(PHONE_IN_TEXT, PHONE_HIDDEN)
}

function lastNote(t: StoredTicket): string | null {
  for (let i = t.timeline.length - 1; i >= 0; i--) {
    const note = t.timeline[i].note
    if (note) return hidePhones(note)
  }
  return null
}

function absolute(url: string, origin: string): string {
  return url.startsWith('/') ? `${origin}${url}` : url
}

export function toOpen311Request(t: StoredTicket, origin: string): Open311Request {
  const leaf = findLeafCategory(t.categoryId)
  const departmentId = t.departmentId ?? leaf?.departmentId ?? null
  const request: Open311Request = {
    service_request_id: t.id,
    status: isOpen(t.status) ? 'open' : 'closed',
    status_notes: lastNote(t),
    service_name: leaf?.name ?? '其他',
    service_code: t.categoryId,
    description: hidePhones(t.description),
    agency_responsible: DEPARTMENTS.find((d) => d.id === departmentId)?.name ?? null,
    service_notice: leaf ? slaNotice(leaf.slaHours) : null,
    requested_datetime: formatIso(t.createdAt),
    updated_datetime: formatIso(t.updatedAt),
    expected_datetime: t.deadline === null ? null : formatIso(t.deadline),
    address: t.address,
    lat: t.location.lat,
    long: t.location.lng,
  }
  if (t.photos.length > 0) request.media_url = absolute(photoUrl(t.photos[0].id), origin)
  return request
}

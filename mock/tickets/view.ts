import type { Ticket, TicketListItem, TicketSummary, TimelineEvent } from '../../src/contract'
import { formatIso } from '../clock'
import { findCommunity } from '../seed-places'
import { DEPARTMENTS, findLeafCategory } from '../seed-reference'
import type { StoredUser } from '../state'
import { maskPersonalData } from '../privacy/personal-data'
import { maskName, maskPhone } from '../users'
import { canApply } from './lifecycle'
import type { StoredEvent, StoredTicket } from './model'
import { photoUrl, toPhoto } from './photos'
import { isOverdue, slaHoursOf, urgeAvailableAt } from './rules'
import type { PersonActor } from './transitions'

/** How a ticket leaves the store: masked, with times from the mock clock and rights for the caller. */

const EXCERPT_CHARS = 60

function iso(ms: number | null): string | null {
  return ms === null ? null : formatIso(ms)
}

/** The signed-in user as the lifecycle engine sees them. */
export function actorOf(user: StoredUser): PersonActor {
  const name = maskName(user.nickname)
  return user.role === 'grid_worker' && user.gridId
    ? { kind: 'grid_worker', userId: user.id, gridId: user.gridId, name }
    : { kind: 'resident', userId: user.id, name }
}

/**
 * Who sees a ticket's free text as typed: its reporter and the grid worker whose grid it is in.
 * Everyone else gets phone and ID numbers masked in the description, address, notes and comment.
 */
export function mayReadAsTyped(t: StoredTicket, viewer: StoredUser): boolean {
  return t.reporterId === viewer.id || (viewer.role === 'grid_worker' && viewer.gridId === t.gridId)
}

function textFor(asTyped: boolean): (text: string) => string {
  return asTyped ? (text) => text : maskPersonalData
}

/** `asTyped`: the viewer may read the text as typed (mayReadAsTyped); masked otherwise. */
export function toSummary(t: StoredTicket, now: number, asTyped: boolean): TicketSummary {
  const text = textFor(asTyped)
  return {
    id: t.id,
    status: t.status,
    categoryId: t.categoryId,
    categoryName: findLeafCategory(t.categoryId)?.name ?? '其他',
    // masked before it is cut, so a number on the edge cannot leak half-shown
    excerpt: Array.from(text(t.description)).slice(0, EXCERPT_CHARS).join(''),
    address: text(t.address),
    communityName: findCommunity(t.communityId)?.name ?? null,
    thumbnailUrl: t.photos.length > 0 ? photoUrl(t.photos[0].id, now) : null,
    createdAt: formatIso(t.createdAt),
    updatedAt: formatIso(t.updatedAt),
    deadline: iso(t.deadline),
    overdue: isOverdue(t, now),
    supportCount: t.supporterIds.length,
    location: { ...t.location },
  }
}

/** A list row as the viewer sees it: theirs or not, followed or not, and whether +1 is possible. */
export function toListItem(t: StoredTicket, viewer: StoredUser, now: number): TicketListItem {
  return {
    ...toSummary(t, now, mayReadAsTyped(t, viewer)),
    mine: t.reporterId === viewer.id,
    supportedByMe: t.supporterIds.includes(viewer.id),
    can: { support: canApply(t, { type: 'support' }, actorOf(viewer), now) },
  }
}

function toEvent(
  t: StoredTicket,
  e: StoredEvent,
  index: number,
  viewer: { isReporter: boolean; text: (s: string) => string; now: number },
): TimelineEvent {
  const { isReporter: viewerIsReporter, text, now } = viewer
  // an anonymous reporter stays anonymous in the timeline too, except to themself
  const hidden = t.anonymous && !viewerIsReporter && e.actor.userId === t.reporterId
  return {
    id: `${t.id}-e${index + 1}`,
    at: formatIso(e.at),
    kind: e.kind,
    actor: { role: e.actor.role, name: hidden ? null : e.actor.name },
    status: e.status,
    note: e.note === null ? null : text(e.note),
    photos: e.photos.map((p) => toPhoto(p, now)),
  }
}

function reporterOf(t: StoredTicket, mine: boolean): Ticket['reporter'] {
  if (mine) return { name: t.reporterName, phone: t.contactPhone ? maskPhone(t.contactPhone) : null }
  return t.anonymous ? null : { name: maskName(t.reporterName), phone: null }
}

export function toTicket(t: StoredTicket, viewer: StoredUser, now: number): Ticket {
  const mine = t.reporterId === viewer.id
  const actor = actorOf(viewer)
  const urgeAt = mine ? urgeAvailableAt(t, now) : null
  const asTyped = mayReadAsTyped(t, viewer)
  const text = textFor(asTyped)
  return {
    ...toSummary(t, now, asTyped),
    description: text(t.description),
    photos: t.photos.map((p) => toPhoto(p, now)),
    anonymous: t.anonymous,
    reporter: reporterOf(t, mine),
    mine,
    supportedByMe: t.supporterIds.includes(viewer.id),
    departmentName: DEPARTMENTS.find((d) => d.id === t.departmentId)?.name ?? null,
    slaHours: slaHoursOf(t.categoryId),
    resolvedAt: iso(t.resolvedAt),
    rating: t.rating ? { ...t.rating, comment: text(t.rating.comment) } : null,
    mergedIntoId: t.mergedIntoId,
    urgeAvailableAt: iso(urgeAt),
    can: {
      urge: canApply(t, { type: 'urge' }, actor, now),
      rate: canApply(t, { type: 'rate', stars: 5, comment: '' }, actor, now),
      reopen: canApply(t, { type: 'reopen', reason: '仍未解决问题' }, actor, now),
      support: canApply(t, { type: 'support' }, actor, now),
    },
    timeline: t.timeline.map((e, i) => toEvent(t, e, i, { isReporter: mine, text, now })),
  }
}

import { z } from 'zod'
import { Id, Ticket, TicketStatus, TimelineEvent } from '../../src/contract'

/**
 * A ticket as the store keeps it. Times are epoch milliseconds (the views format them); photos
 * are references whose URL is derived when shown (photos.ts), so no image data is stored.
 *
 * Stored tickets are immutable values: the lifecycle engine returns a new object and
 * repo.putTicket() replaces the old one. The store relies on this to find the chunks that
 * changed by identity, so editing a ticket in place would never be persisted.
 */

export const StoredPhoto = z.object({
  /** an upload id, or `sp-…` for a seeded picture */
  id: Id,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})
export type StoredPhoto = z.infer<typeof StoredPhoto>

/**
 * Who did it, as the timeline shows them (`name`: a masked person 王** or a department's name;
 * null for the system), and the person behind a resident or grid worker event (null for
 * departments and the system).
 */
export const StoredActor = TimelineEvent.shape.actor.extend({ userId: z.string().nullable() })
export type StoredActor = z.infer<typeof StoredActor>

/** A timeline event as kept: its place in the timeline is its id; times and photos as stored. */
export const StoredEvent = TimelineEvent.omit({ id: true }).extend({
  at: z.number(),
  actor: StoredActor,
  photos: z.array(StoredPhoto),
})
export type StoredEvent = z.infer<typeof StoredEvent>

/** What the resident's view (the contract's Ticket) shows as kept, and what only the store knows. */
export const StoredTicket = Ticket.pick({
  id: true,
  status: true,
  anonymous: true,
  categoryId: true,
  description: true,
  address: true,
  location: true,
  rating: true,
  mergedIntoId: true,
}).extend({
  reporterId: z.string(),
  /** the reporter's nickname when they reported; shown masked, or not at all when anonymous */
  reporterName: z.string(),
  /** full number; only ever shown masked, and only to the reporter */
  contactPhone: z.string().nullable(),
  communityId: Id,
  gridId: Id,
  photos: z.array(StoredPhoto),
  createdAt: z.number(),
  updatedAt: z.number(),
  departmentId: Id.nullable(),
  dispatchedAt: z.number().nullable(),
  /** dispatchedAt + the category's SLA */
  deadline: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  /** people who pressed 我也遇到, in order; the ticket shows in their 我的上报 */
  supporterIds: z.array(z.string()),
  timeline: z.array(StoredEvent).min(1),
})
export type StoredTicket = z.infer<typeof StoredTicket>

/** Statuses in which a ticket is still being worked on (duplicates, 我也遇到, the public board). */
export const OPEN_STATUSES: readonly TicketStatus[] = ['submitted', 'accepted', 'dispatched', 'processing']

export function isOpen(status: TicketStatus): boolean {
  return OPEN_STATUSES.includes(status)
}

/** The number in `t-0042`: the order tickets were created in. */
export function ticketSeq(id: string): number {
  const n = Number(/^t-(\d+)$/.exec(id)?.[1])
  return Number.isFinite(n) ? n : 0
}

export function ticketId(seq: number): string {
  return `t-${String(seq).padStart(4, '0')}`
}

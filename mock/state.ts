import { z } from 'zod'
import { FaultKind, Phone, User } from '../src/contract'
import { StoredTicket } from './tickets/model'
import { StoredUpload } from './uploads/model'
import { MallSlice, StoredEntry } from './points/model'
import { VolunteerSlice } from './volunteer/model'
import { NotificationsSlice } from './notifications/model'
import { DepartmentSlice } from './department/model'
import { PatrolsSlice } from './patrols/model'

/**
 * The shapes the store persists, one schema per slice. Loaded data is parsed through these,
 * so anything stale or hand-edited reseeds instead of crashing a route later.
 */

/** A user as the store keeps it: the full phone (responses mask it) and the developer-panel line. */
export const StoredUser = User.extend({
  phone: Phone.nullable(),
  /** e.g. 居民 · 创业路社区 */
  description: z.string(),
})
export type StoredUser = z.infer<typeof StoredUser>

export const Meta = z.object({
  version: z.literal(1),
  clockOffsetMs: z.number().int(),
  faults: z.object({ kind: FaultKind.nullable(), remaining: z.number().int().nonnegative() }),
})
export type Meta = z.infer<typeof Meta>

export const TokenRecord = z.object({ userId: z.string(), expiresAt: z.number() })
export type TokenRecord = z.infer<typeof TokenRecord>

export const StoredResponse = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown().optional(),
})
export type StoredResponse = z.infer<typeof StoredResponse>

export const IdempotencyRecord = z.object({
  fingerprint: z.string(),
  createdAt: z.number(),
  /** absent while the first request is still running */
  response: StoredResponse.optional(),
})
export type IdempotencyRecord = z.infer<typeof IdempotencyRecord>

export const SLICES = {
  meta: Meta,
  users: z.array(StoredUser),
  tokens: z.record(z.string(), TokenRecord),
  /** keyed by `<userId>|<Idempotency-Key>` */
  idempotency: z.record(z.string(), IdempotencyRecord),
  /** upload metadata by id; never the bytes */
  uploads: z.record(z.string(), StoredUpload),
  /** activities and sign-ups (with attendance) */
  volunteer: VolunteerSlice,
  /** shops, rewards (stock) and vouchers */
  mall: MallSlice,
  /** the message centre: every person's messages */
  notifications: NotificationsSlice,
  /** the simulated departments' work on tickets dispatched in the app */
  department: DepartmentSlice,
  /** grid workers' patrols (巡查): tracks and the hazards found */
  patrols: PatrolsSlice,
}

/**
 * Lists that can grow to thousands (the list benchmark seeds them), stored as numbered chunks
 * (`tickets.0`, `tickets.1`, …) so no key nears WeChat's 1 MB per key: an item schema each.
 */
export const CHUNKED_SLICES = {
  tickets: StoredTicket,
  /** the append-only points ledger of every user (frozen entries, only ever appended) */
  ledger: StoredEntry,
}

export type SliceName = keyof typeof SLICES
export type ChunkedSliceName = keyof typeof CHUNKED_SLICES

export type MockState = { [K in SliceName]: z.infer<(typeof SLICES)[K]> } & {
  [K in ChunkedSliceName]: z.infer<(typeof CHUNKED_SLICES)[K]>[]
}

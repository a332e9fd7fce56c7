import { z } from 'zod'
import { Id } from '../../src/contract'

/** A patrol (巡查) as the store keeps it: times in epoch ms, the track as sampled (GCJ-02). */
export const StoredTrackPoint = z.object({ lat: z.number(), lng: z.number(), at: z.number() })
export type StoredTrackPoint = z.infer<typeof StoredTrackPoint>

export const StoredHazard = z.object({ ticketId: Id, solvedOnSpot: z.boolean() })
export type StoredHazard = z.infer<typeof StoredHazard>

export const StoredPatrol = z.object({
  id: Id,
  workerId: z.string(),
  gridId: Id,
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  track: z.array(StoredTrackPoint),
  hazards: z.array(StoredHazard),
})
export type StoredPatrol = z.infer<typeof StoredPatrol>

export const PatrolsSlice = z.object({ items: z.array(StoredPatrol), nextSeq: z.number().int().positive() })
export type PatrolsSlice = z.infer<typeof PatrolsSlice>

export function emptyPatrols(): PatrolsSlice {
  return { items: [], nextSeq: 1 }
}

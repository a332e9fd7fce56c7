import type { Patrol, PatrolSummary } from '../../src/contract'
import { formatIso } from '../clock'
import type { StoredTicket } from '../tickets/model'
import { toSummary } from '../tickets/view'
import type { StoredPatrol } from './model'
import { trackLength } from './track'

const MINUTE_MS = 60_000

export function toPatrolSummary(p: StoredPatrol, now: number): PatrolSummary {
  const solvedOnSpot = p.hazards.filter((h) => h.solvedOnSpot).length
  return {
    id: p.id,
    startedAt: formatIso(p.startedAt),
    finishedAt: p.finishedAt === null ? null : formatIso(p.finishedAt),
    durationMinutes: Math.max(0, Math.floor(((p.finishedAt ?? now) - p.startedAt) / MINUTE_MS)),
    distanceMeters: Math.round(trackLength(p.track)),
    found: p.hazards.length,
    solvedOnSpot,
    reported: p.hazards.length - solvedOnSpot,
  }
}

/** `tickets`: the store's, to show each hazard as it is now (the worker's own grid: text as typed). */
export function toPatrol(p: StoredPatrol, now: number, tickets: readonly StoredTicket[]): Patrol {
  const byId = new Map(tickets.map((t) => [t.id, t]))
  return {
    ...toPatrolSummary(p, now),
    track: p.track.map((q) => ({ lat: q.lat, lng: q.lng, at: formatIso(q.at) })),
    hazards: p.hazards.flatMap((h) => {
      const t = byId.get(h.ticketId)
      return t ? [toSummary(t, now, true)] : []
    }),
  }
}

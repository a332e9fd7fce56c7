import { distanceMeters } from '../geo'
import type { StoredTrackPoint } from './model'

/** A patrol's track: positions kept in time order, its length the sum of its segments. */

/** GPS noise while standing still: a step shorter than this is not walking. */
export const MIN_STEP_METERS = 3
/** Faster than a brisk cycle ride between two samples is a bad fix, not a walk. */
export const MAX_SPEED_MPS = 15

/**
 * The track after a batch: points not later than the last kept one are dropped (a batch sent
 * twice, clocks out of order), and so are fixes that would mean moving faster than MAX_SPEED_MPS.
 */
export function appendPoints(
  track: readonly StoredTrackPoint[],
  batch: readonly StoredTrackPoint[],
): StoredTrackPoint[] {
  const out = [...track]
  for (const p of [...batch].sort((a, b) => a.at - b.at)) {
    const last = out[out.length - 1]
    if (last && p.at <= last.at) continue
    if (last && distanceMeters(last, p) / ((p.at - last.at) / 1000) > MAX_SPEED_MPS) continue
    out.push({ lat: p.lat, lng: p.lng, at: p.at })
  }
  return out
}

/** The length of a track in metres: its segments summed, steps within the GPS noise left out. */
export function trackLength(track: readonly StoredTrackPoint[]): number {
  let total = 0
  for (let i = 1; i < track.length; i++) {
    const step = distanceMeters(track[i - 1], track[i])
    if (step >= MIN_STEP_METERS) total += step
  }
  return total
}

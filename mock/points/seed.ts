import { VolunteerSlice } from '../volunteer/model'
import { seedActivities } from '../volunteer/seed-activities'
import type { PointsState } from './domain'
import { LedgerSlice, MallSlice } from './model'
import { playHistory } from './seed-history'
import { SEED_REWARDS, seedShops } from './seed-mall'

/** The same voucher codes on every reset (Park–Miller). */
function seededCodes(): () => number {
  let x = 20261128
  return () => {
    x = (x * 16807) % 2147483647
    return x / 2147483647
  }
}

/**
 * Fresh points and volunteer slices, dated relative to `now` (the moment of seeding, when the
 * clock offset is zero): activities, shops and rewards, and a history played through the real
 * ledger, so every seeded balance is one the rules could have produced.
 */
export function seedPoints(now: number): Omit<PointsState, 'notifications'> {
  const state: PointsState = {
    ledger: [],
    mall: {
      shops: seedShops(now),
      rewards: SEED_REWARDS.map((r) => ({ ...r, art: { ...r.art }, paused: false })),
      redemptions: [],
    },
    volunteer: { activities: seedActivities(now), signups: [], waitlist: [] },
    // the history is told silently (the seeded message centre comes from the tickets alone), and
    // reminders start from now, as in the real slice
    notifications: { nextSeq: 1, items: [], remindersFrom: now, remindedUntil: {} },
  }
  playHistory({ state }, now, seededCodes())
  // through the slice schemas: the key order a reload produces, so saving after one writes nothing
  return {
    ledger: LedgerSlice.parse(state.ledger),
    mall: MallSlice.parse(state.mall),
    volunteer: VolunteerSlice.parse(state.volunteer),
  }
}

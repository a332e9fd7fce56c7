import type { MockState } from './state'
import { USERS } from './seed-users'
// tickets/* import seed-places, seed-reference and seed-users directly: importing this file
// from there would be a cycle (seedState needs the ticket seed)
import { seedTickets } from './tickets/seed'
import { seedPoints } from './points/seed'
import { seedNotifications } from './notifications/seed'
import { emptyPatrols } from './patrols/model'

export { COMMUNITIES, findCommunity, findGrid } from './seed-places'
export type { SeedCommunity, SeedGrid } from './seed-places'
export { CATEGORY_TREE, DEPARTMENTS, findLeafCategory } from './seed-reference'
export { DEFAULT_USER_ID, USERS } from './seed-users'

/**
 * A fresh copy of the mutable state, its tickets dated relative to `now`. Reference data
 * (communities, categories, departments) never changes at run time, so it stays in code and
 * is not persisted.
 */
export function seedState(now: number): MockState {
  const tickets = seedTickets(now)
  return {
    meta: { version: 1, clockOffsetMs: 0, faults: { kind: null, remaining: 0 } },
    // deep copies: routes mutate users, the seed must stay pristine for the next reset
    users: USERS.map((u) => ({ ...u, merchant: u.merchant ? { ...u.merchant } : null })),
    tokens: {},
    idempotency: {},
    uploads: {},
    tickets,
    ...seedPoints(now),
    notifications: seedNotifications(tickets, now),
    department: { jobs: [] },
    patrols: emptyPatrols(),
  }
}

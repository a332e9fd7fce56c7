import type { NotificationsSlice } from '../notifications/model'
import type { VolunteerSlice } from '../volunteer/model'
import type { MallSlice, StoredEntry } from './model'

/** The slices the points and volunteer code reads and writes (messages: what changed, reminders). */
export interface PointsState {
  ledger: StoredEntry[]
  mall: MallSlice
  volunteer: VolunteerSlice
  notifications: NotificationsSlice
}

/**
 * What that code needs of a store: mock/store.ts's Store is one, and the seed passes the state
 * it is building, so seeded history is played through the same functions as requests.
 */
export interface PointsStore {
  readonly state: PointsState
}

/** A points store that can also look people up: the counter shows a voucher's holder, masked. */
export interface PeopleStore extends PointsStore {
  findUser(id: string): { nickname: string } | undefined
}

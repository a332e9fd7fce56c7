import { findById, notFound } from '../errors'
import type { PointsStore } from '../points/domain'
import type { StoredActivity, StoredSignup, VolunteerSlice } from './model'

export function volunteerOf(store: PointsStore): VolunteerSlice {
  return store.state.volunteer
}

export function findActivity(store: PointsStore, id: string): StoredActivity {
  return findById(volunteerOf(store).activities, id, () => notFound('没有找到这个活动，可能已被取消'))
}

/** The sign-up that counts (not cancelled), if any. */
export function activeSignup(
  store: PointsStore,
  activityId: string,
  userId: string,
): StoredSignup | undefined {
  return volunteerOf(store).signups.find(
    (s) => s.activityId === activityId && s.userId === userId && s.cancelledAt === null,
  )
}

/** My latest sign-up for an activity, cancelled or not: what 我的 shows. */
export function latestSignup(
  store: PointsStore,
  activityId: string,
  userId: string,
): StoredSignup | undefined {
  const mine = volunteerOf(store).signups.filter((s) => s.activityId === activityId && s.userId === userId)
  return mine[mine.length - 1]
}

export function takenPlaces(store: PointsStore, activityId: string): number {
  return volunteerOf(store).signups.filter((s) => s.activityId === activityId && s.cancelledAt === null)
    .length
}

function nextSignupId(store: PointsStore): string {
  return `su-${String(volunteerOf(store).signups.length + 1).padStart(5, '0')}`
}

/** A new sign-up of the person for the activity at `at`: not yet checked in, nothing served or paid. */
export function addSignup(store: PointsStore, activityId: string, userId: string, at: number): StoredSignup {
  const signup: StoredSignup = {
    id: nextSignupId(store),
    activityId,
    userId,
    signedUpAt: at,
    cancelledAt: null,
    checkinAt: null,
    checkoutAt: null,
    servedMs: null,
    points: null,
  }
  volunteerOf(store).signups.push(signup)
  return signup
}

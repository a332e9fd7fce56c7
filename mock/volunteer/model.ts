import { z } from 'zod'
import { ActivityAudience, Id } from '../../src/contract'

/** Activities and sign-ups as the store keeps them; times are epoch milliseconds. */

export const StoredActivity = z.object({
  id: Id,
  title: z.string(),
  audience: ActivityAudience,
  startAt: z.number(),
  endAt: z.number(),
  signupDeadline: z.number(),
  place: z.string(),
  organiser: z.string(),
  capacity: z.number().int().positive(),
  description: z.string(),
  bring: z.array(z.string()),
  contact: z.string(),
  /** what the activity's QR code holds; only the developer endpoint ever shows it */
  code: z.string(),
})
export type StoredActivity = z.infer<typeof StoredActivity>

/** One person's entry for one activity: a sign-up, or a place in the 候补 line. */
const ActivityEntry = z.object({
  id: Id,
  activityId: Id,
  userId: z.string(),
})

/** One person's sign-up for one activity; a cancelled one stays (history) and a new one can follow. */
export const StoredSignup = ActivityEntry.extend({
  signedUpAt: z.number(),
  cancelledAt: z.number().nullable(),
  checkinAt: z.number().nullable(),
  checkoutAt: z.number().nullable(),
  /** set when the attendance is settled: checked out, or the check-out window closed */
  servedMs: z.number().nullable(),
  points: z.number().int().nonnegative().nullable(),
})
export type StoredSignup = z.infer<typeof StoredSignup>

/** 候补: one person waiting for a place; left or promoted entries stay as history. */
export const StoredWaitlistEntry = ActivityEntry.extend({
  joinedAt: z.number(),
  leftAt: z.number().nullable(),
  promotedAt: z.number().nullable(),
})
export type StoredWaitlistEntry = z.infer<typeof StoredWaitlistEntry>

export const VolunteerSlice = z.object({
  activities: z.array(StoredActivity),
  signups: z.array(StoredSignup),
  /** older saved states have no waitlist: nobody waiting */
  waitlist: z.array(StoredWaitlistEntry).default([]),
})
export type VolunteerSlice = z.infer<typeof VolunteerSlice>

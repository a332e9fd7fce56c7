import type { Activity, ActivitySummary, Participation } from '../../src/contract'
import { maxPointsForActivity, POINTS_RULES } from '../../src/contract'
import { formatIso } from '../clock'
import type { StoredUser } from '../state'
import type { PointsStore } from '../points/domain'
import { attendanceRefusal } from './attendance'
import type { StoredActivity, StoredSignup } from './model'
import { activityStatus, checkinOpensAt, checkoutClosesAt, participationStatus } from './phase'
import { activeSignup, latestSignup, takenPlaces } from './repo'
import { joinRefusal } from './eligibility'
import { cancelRefusal, SIGN_UP } from './signup'
import { leaveWaitlistRefusal, positionOf, WAITLIST, waiting } from './waitlist'
import { MINUTE_MS } from '../points/time'

const isoOrNull = (ms: number | null) => (ms === null ? null : formatIso(ms))

function toParticipation(s: StoredSignup, a: StoredActivity, now: number): Participation {
  return {
    status: participationStatus(s, a, now),
    signedUpAt: formatIso(s.signedUpAt),
    checkinAt: isoOrNull(s.checkinAt),
    checkoutAt: isoOrNull(s.checkoutAt),
    servedMinutes: s.servedMs === null ? null : Math.floor(s.servedMs / MINUTE_MS),
    points: s.points,
  }
}

export function toActivitySummary(
  store: PointsStore,
  a: StoredActivity,
  userId: string,
  now: number,
): ActivitySummary {
  const mine = latestSignup(store, a.id, userId)
  return {
    id: a.id,
    title: a.title,
    audience: a.audience,
    status: activityStatus(a, now),
    startAt: formatIso(a.startAt),
    endAt: formatIso(a.endAt),
    signupDeadline: formatIso(a.signupDeadline),
    place: a.place,
    organiser: a.organiser,
    capacity: a.capacity,
    capacityLeft: Math.max(0, a.capacity - takenPlaces(store, a.id)),
    maxPoints: maxPointsForActivity(a.endAt - a.startAt),
    mine: mine ? toParticipation(mine, a, now) : null,
  }
}

/** The detail, with what the caller may do now (the same checks the commands make). */
export function toActivity(store: PointsStore, a: StoredActivity, user: StoredUser, now: number): Activity {
  const signedUp = activeSignup(store, a.id, user.id) !== undefined
  const signupBlock = signedUp ? null : joinRefusal(store, user, a, now, SIGN_UP)
  const maxPoints = maxPointsForActivity(a.endAt - a.startAt)
  return {
    ...toActivitySummary(store, a, user.id, now),
    description: a.description,
    bring: [...a.bring],
    pointsRule: `签到并签退后，每满 1 小时 ${POINTS_RULES.perFullHour} 分，本活动最多 ${maxPoints} 分`,
    contact: a.contact,
    checkinOpensAt: formatIso(checkinOpensAt(a)),
    checkoutClosesAt: formatIso(checkoutClosesAt(a)),
    can: {
      signup: !signedUp && signupBlock === null,
      cancel: cancelRefusal(store, user.id, a, now) === null,
      checkin: attendanceRefusal('checkin', store, user.id, a, now) === null,
      checkout: attendanceRefusal('checkout', store, user.id, a, now) === null,
      waitlist: !signedUp && joinRefusal(store, user, a, now, WAITLIST) === null,
      leaveWaitlist: leaveWaitlistRefusal(store, user.id, a, now) === null,
    },
    waitlist: { count: waiting(store, a.id).length, myPosition: positionOf(store, a.id, user.id) },
    signupBlockedReason: signupBlock?.message ?? null,
  }
}

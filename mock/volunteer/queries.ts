import type {
  ActivityAudience,
  ActivityStatus,
  ActivitySummary,
  ParticipationStatus,
} from '../../src/contract'
import { forbidden } from '../errors'
import { pageAfter } from '../paging'
import type { PointsStore } from '../points/domain'
import type { StoredUser } from '../state'
import type { StoredActivity } from './model'
import { activityStatus, participationStatus } from './phase'
import { latestSignup, volunteerOf } from './repo'
import { isVerifiedMerchant } from './signup'
import { toActivitySummary } from './views'

type Page<T> = { items: T[]; nextCursor: string | null }

const soonestFirst = (a: StoredActivity, b: StoredActivity) =>
  a.startAt - b.startAt || a.id.localeCompare(b.id)
const latestFirst = (a: StoredActivity, b: StoredActivity) =>
  b.startAt - a.startAt || a.id.localeCompare(b.id)

/**
 * 居民活动 for everyone; 商户活动 only for verified merchants (who see both when no audience is
 * asked for). Without a status: everything not yet ended, soonest first; `ended`: latest first.
 */
export function listActivities(
  store: PointsStore,
  user: StoredUser,
  query: { audience?: ActivityAudience; status?: ActivityStatus; cursor?: string; limit?: number },
  now: number,
): Page<ActivitySummary> {
  const merchant = isVerifiedMerchant(user)
  if (query.audience === 'merchant' && !merchant) {
    throw forbidden('商户活动仅对认证商户开放，请先在「我是商户」完成店铺认证')
  }
  const audiences: ActivityAudience[] = query.audience
    ? [query.audience]
    : merchant
      ? ['resident', 'merchant']
      : ['resident']
  const shown = volunteerOf(store)
    .activities.filter((a) => audiences.includes(a.audience))
    .filter((a) =>
      query.status ? activityStatus(a, now) === query.status : activityStatus(a, now) !== 'ended',
    )
    .sort(query.status === 'ended' ? latestFirst : soonestFirst)
  const page = pageAfter(shown, (a) => a.id, query.cursor, query.limit)
  return {
    items: page.items.map((a) => toActivitySummary(store, a, user.id, now)),
    nextCursor: page.nextCursor,
  }
}

/** 我的活动: every activity I signed up for (my latest sign-up each), latest start first. */
export function myActivities(
  store: PointsStore,
  userId: string,
  query: { status?: ParticipationStatus; cursor?: string; limit?: number },
  now: number,
): Page<ActivitySummary> {
  const ids = new Set(
    volunteerOf(store)
      .signups.filter((s) => s.userId === userId)
      .map((s) => s.activityId),
  )
  const mine = volunteerOf(store)
    .activities.filter((a) => ids.has(a.id))
    .filter((a) => {
      const s = latestSignup(store, a.id, userId)
      return !query.status || (s !== undefined && participationStatus(s, a, now) === query.status)
    })
    .sort(latestFirst)
  const page = pageAfter(mine, (a) => a.id, query.cursor, query.limit)
  return {
    items: page.items.map((a) => toActivitySummary(store, a, userId, now)),
    nextCursor: page.nextCursor,
  }
}

/** The badges: activities open for sign-up that I may join, and my sign-ups still to come or under way. */
export function activityCounts(store: PointsStore, user: StoredUser, now: number) {
  const audiences: ActivityAudience[] = isVerifiedMerchant(user) ? ['resident', 'merchant'] : ['resident']
  const open = volunteerOf(store).activities.filter(
    (a) => audiences.includes(a.audience) && activityStatus(a, now) === 'open',
  ).length
  const upcoming = volunteerOf(store).activities.filter((a) => {
    const s = latestSignup(store, a.id, user.id)
    if (!s) return false
    const status = participationStatus(s, a, now)
    return status === 'signed_up' || status === 'checked_in'
  }).length
  return { open, upcoming }
}

import { z } from 'zod'
import { Text } from './text'
import { del, get, PEOPLE, post } from './endpoint'
import { CursorPage, Id, IsoDateTime, PageQuery } from './common'

/** Who an activity is for: 居民活动 (anyone) or 商户活动 (verified merchants only). */
export const ActivityAudience = z.enum(['resident', 'merchant'])
export type ActivityAudience = z.infer<typeof ActivityAudience>

/** Where an activity is in time, by the server's clock: 报名中 / 报名截止 / 进行中 / 已结束. */
export const ActivityStatus = z.enum(['open', 'closed', 'ongoing', 'ended'])
export type ActivityStatus = z.infer<typeof ActivityStatus>

/** Where I am with an activity: 已报名 / 已签到 / 已完成 / 未参加 / 已取消. */
export const ParticipationStatus = z.enum(['signed_up', 'checked_in', 'completed', 'absent', 'cancelled'])
export type ParticipationStatus = z.infer<typeof ParticipationStatus>

export const Participation = z.object({
  status: ParticipationStatus,
  signedUpAt: IsoDateTime,
  checkinAt: IsoDateTime.nullable(),
  checkoutAt: IsoDateTime.nullable(),
  /** time counted for points: check-in to check-out (or to the end if check-out was forgotten), only inside the activity's start–end */
  servedMinutes: z.number().int().nonnegative().nullable(),
  /** points earned; null until the activity is completed */
  points: z.number().int().nonnegative().nullable(),
})
export type Participation = z.infer<typeof Participation>

export const ActivitySummary = z.object({
  id: Id,
  title: z.string(),
  audience: ActivityAudience,
  status: ActivityStatus,
  startAt: IsoDateTime,
  endAt: IsoDateTime,
  /** sign-up closes at this moment (at the latest at the start) */
  signupDeadline: IsoDateTime,
  /** where to meet, as a person would say it */
  place: z.string(),
  /** who runs it: a community, a street office, a police station */
  organiser: z.string(),
  capacity: z.number().int().positive(),
  /** places still free */
  capacityLeft: z.number().int().nonnegative(),
  /** the most a participant can earn: 10 per full hour of the activity's length */
  maxPoints: z.number().int().nonnegative(),
  /** my sign-up, null if I have none (a cancelled one still shows, as cancelled) */
  mine: Participation.nullable(),
})
export type ActivitySummary = z.infer<typeof ActivitySummary>

export const Activity = ActivitySummary.extend({
  description: z.string(),
  /** what to bring or wear */
  bring: z.array(z.string()),
  /** e.g. 每满 1 小时 10 分，本活动最多 30 分 */
  pointsRule: z.string(),
  contact: z.string(),
  /** check-in is possible from this moment (60 min before the start) until the end */
  checkinOpensAt: IsoDateTime,
  /** check-out is possible until this moment (60 min after the end) */
  checkoutClosesAt: IsoDateTime,
  /** what the caller may do now, decided by the server */
  can: z.object({
    signup: z.boolean(),
    cancel: z.boolean(),
    checkin: z.boolean(),
    checkout: z.boolean(),
    /** 候补: the activity is full and still open for sign-up */
    waitlist: z.boolean(),
    leaveWaitlist: z.boolean(),
  }),
  /** 候补: people waiting for a place, and where I am in line (1 = next); null when I am not waiting */
  waitlist: z.object({
    count: z.number().int().nonnegative(),
    myPosition: z.number().int().positive().nullable(),
  }),
  /** why signing up is not possible now, in plain Chinese; null when it is, or when signed up */
  signupBlockedReason: z.string().nullable(),
})
export type Activity = z.infer<typeof Activity>

export const ActivityListQuery = PageQuery.extend({
  /** omitted: every activity the caller may join (merchants see both kinds) */
  audience: ActivityAudience.optional(),
  /** omitted: everything not yet ended, soonest first; `ended` runs newest first */
  status: ActivityStatus.optional(),
})

export const MyActivitiesQuery = PageQuery.extend({
  /** omitted: all of mine, latest start first */
  status: ParticipationStatus.optional(),
})

export const ActivityParams = z.object({ id: Id })

/** What the activity's QR code holds (the developer panel shows it; H5 types it); case and spaces do not matter. */
export const AttendanceCodeBody = z.object({
  code: Text({
    required: '请扫描活动现场的签到码',
    min: 4,
    tooShort: '签到码不完整，请重新扫描',
    max: 64,
    tooLong: '这不是活动签到码',
  }),
})

export const endpoints = {
  listActivities: get('/activities', {
    summary: '志愿活动列表（居民活动 / 商户活动）',
    access: PEOPLE,
    query: ActivityListQuery,
    response: CursorPage(ActivitySummary),
    errors: ['FORBIDDEN'],
  }),

  getActivity: get('/activities/:id', {
    summary: '活动详情（时间、地点、组织方、剩余名额、积分规则、携带物品）',
    access: PEOPLE,
    params: ActivityParams,
    response: Activity,
    errors: ['NOT_FOUND'],
  }),

  signUpActivity: post('/activities/:id/signup', {
    idempotent: true,
    summary: '报名（名额内、截止前；商户活动需认证商户；时间冲突不可报）',
    access: PEOPLE,
    params: ActivityParams,
    response: Activity,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'ILLEGAL_TRANSITION'],
  }),

  cancelSignup: del('/activities/:id/signup', {
    idempotent: true,
    summary: '取消报名（活动开始前；名额释放）',
    access: PEOPLE,
    params: ActivityParams,
    response: Activity,
    errors: ['NOT_FOUND', 'ILLEGAL_TRANSITION'],
  }),

  checkIn: post('/activities/:id/checkin', {
    idempotent: true,
    summary: '扫码签到（开始前 1 小时至结束）',
    access: PEOPLE,
    params: ActivityParams,
    body: AttendanceCodeBody,
    response: Activity,
    errors: ['NOT_FOUND', 'VALIDATION_FAILED', 'CONFLICT', 'ILLEGAL_TRANSITION'],
  }),

  checkOut: post('/activities/:id/checkout', {
    idempotent: true,
    summary: '扫码签退（至结束后 1 小时），按服务时长得积分',
    access: PEOPLE,
    params: ActivityParams,
    body: AttendanceCodeBody,
    response: Activity,
    errors: ['NOT_FOUND', 'VALIDATION_FAILED', 'CONFLICT', 'ILLEGAL_TRANSITION'],
  }),

  joinWaitlist: post('/activities/:id/waitlist', {
    idempotent: true,
    summary: '候补（名额已满时排队；有人取消时按先后顺序自动转为报名并发消息）',
    access: PEOPLE,
    params: ActivityParams,
    response: Activity,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'ILLEGAL_TRANSITION'],
  }),

  leaveWaitlist: del('/activities/:id/waitlist', {
    idempotent: true,
    summary: '取消候补',
    access: PEOPLE,
    params: ActivityParams,
    response: Activity,
    errors: ['NOT_FOUND', 'ILLEGAL_TRANSITION'],
  }),

  myActivities: get('/me/activities', {
    summary: '我的活动（报名、签到、完成、取消）',
    access: PEOPLE,
    query: MyActivitiesQuery,
    response: CursorPage(ActivitySummary),
  }),
}

import { z } from 'zod'
import { queryNumber, Text } from './text'
import { ALL_ROLES, get, post } from './endpoint'
import { CursorPage, GeoPoint, Id, IsoDateTime, ItemList, MaskedPhone, PageQuery, Phone } from './common'

export const TicketStatus = z.enum([
  'submitted',
  'accepted',
  'dispatched',
  'processing',
  'resolved',
  'closed',
  'rejected',
  'merged',
])
export type TicketStatus = z.infer<typeof TicketStatus>

/** Tabs of 我的上报: groups of statuses a resident thinks in. */
export const StatusFilter = z.enum(['all', 'pending', 'in_progress', 'resolved', 'closed', 'ended'])
export type StatusFilter = z.infer<typeof StatusFilter>

export const TicketEventKind = z.enum([
  'submitted',
  'accepted',
  'rejected',
  'merged',
  'dispatched',
  'processing',
  'resolved',
  'urged',
  'rated',
  'reopened',
  'closed',
  'supported',
  /** the grid worker changed the category (改派): department and deadline follow it */
  'recategorized',
  /** the grid worker chased the department about an overdue ticket (督办) */
  'supervised',
  /** 居民补充: the reporter or a resident who also met the problem added photos */
  'photos_added',
])
export type TicketEventKind = z.infer<typeof TicketEventKind>

export const ActorRole = z.enum(['resident', 'grid_worker', 'department', 'system'])
export type ActorRole = z.infer<typeof ActorRole>

export const Photo = z.object({
  id: Id,
  url: z.string().min(1),
  width: z.number().int(),
  height: z.number().int(),
})
export type Photo = z.infer<typeof Photo>

export const TimelineEvent = z.object({
  id: Id,
  at: IsoDateTime,
  kind: TicketEventKind,
  actor: z.object({
    role: ActorRole,
    /** masked (王**) or a department's name; null for anonymous reporters and the system */
    name: z.string().nullable(),
  }),
  /** the status after this event */
  status: TicketStatus,
  note: z.string().nullable(),
  photos: z.array(Photo),
})
export type TimelineEvent = z.infer<typeof TimelineEvent>

export const TicketSummary = z.object({
  id: Id,
  status: TicketStatus,
  categoryId: Id,
  categoryName: z.string(),
  /** first 60 characters of the description */
  excerpt: z.string(),
  address: z.string(),
  communityName: z.string().nullable(),
  thumbnailUrl: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** 承诺办结时间：派单时间 + 分类时限；未派单为 null */
  deadline: IsoDateTime.nullable(),
  /** past the deadline and not yet resolved, by the server's clock */
  overdue: z.boolean(),
  supportCount: z.number().int().nonnegative(),
  location: GeoPoint,
})
export type TicketSummary = z.infer<typeof TicketSummary>

/** A row of 我的上报, the board or the duplicates before a report: what the viewer may do with it. */
export const TicketListItem = TicketSummary.extend({
  /** reported by me */
  mine: z.boolean(),
  /** I pressed 我也遇到 on it */
  supportedByMe: z.boolean(),
  /** decided by the server: never +1 on my own ticket or one I already follow */
  can: z.object({ support: z.boolean() }),
})
export type TicketListItem = z.infer<typeof TicketListItem>

export const Ticket = TicketSummary.extend({
  description: z.string(),
  photos: z.array(Photo),
  anonymous: z.boolean(),
  /** masked; null when anonymous (and always for other people's anonymous reports) */
  reporter: z.object({ name: z.string(), phone: MaskedPhone.nullable() }).nullable(),
  /** reported by me */
  mine: z.boolean(),
  supportedByMe: z.boolean(),
  departmentName: z.string().nullable(),
  slaHours: z.number().int().positive(),
  resolvedAt: IsoDateTime.nullable(),
  rating: z.object({ stars: z.number().int().min(1).max(5), comment: z.string() }).nullable(),
  /** set when merged into another ticket */
  mergedIntoId: Id.nullable(),
  /** when the reporter may urge again; null when urging is not possible now */
  urgeAvailableAt: IsoDateTime.nullable(),
  /** what the caller may do now, decided by the server */
  can: z.object({ urge: z.boolean(), rate: z.boolean(), reopen: z.boolean(), support: z.boolean() }),
  timeline: z.array(TimelineEvent),
})
export type Ticket = z.infer<typeof Ticket>

export const Description = Text({
  required: '请描述一下问题',
  min: 5,
  tooShort: '问题描述至少 5 个字',
  max: 500,
  tooLong: '问题描述最多 500 个字',
  multiline: true,
})

export const CreateTicketBody = z.object({
  /** upload ids, in display order */
  photos: z.array(Id).min(1, '请至少拍一张照片').max(9, '最多 9 张照片'),
  location: GeoPoint,
  address: Text({ required: '请选择问题地点', min: 2, max: 120, tooLong: '地址太长' }),
  categoryId: Id,
  description: Description,
  anonymous: z.boolean(),
  contactPhone: Phone.optional(),
})
export type CreateTicketBody = z.infer<typeof CreateTicketBody>

/** 居民补充: photos residents may add to an open ticket after it was filed, all of them together */
export const MAX_ADDED_PHOTOS = 9

export const AddPhotosBody = z.object({
  /** upload ids of the caller's own photos, in display order */
  photos: z
    .array(Id)
    .min(1, '请至少选一张照片')
    .max(MAX_ADDED_PHOTOS, `每个问题最多补充 ${MAX_ADDED_PHOTOS} 张照片`),
})
export type AddPhotosBody = z.infer<typeof AddPhotosBody>

export const NearbyQuery = z.object({
  lat: queryNumber(z.coerce.number('请提供纬度').min(-90, '纬度不正确').max(90, '纬度不正确')),
  lng: queryNumber(z.coerce.number('请提供经度').min(-180, '经度不正确').max(180, '经度不正确')),
  categoryId: Id.optional(),
  radiusMeters: queryNumber(z.coerce.number('范围须为数字').int().min(10).max(5000).optional()),
})

export const ListQuery = PageQuery.extend({
  /** mine: I reported it; following: I pressed 我也遇到 on someone else's; public: the board */
  scope: z.enum(['mine', 'following', 'public']),
  status: StatusFilter.optional(),
  lat: queryNumber(z.coerce.number('纬度须为数字').min(-90, '纬度不正确').max(90, '纬度不正确').optional()),
  lng: queryNumber(z.coerce.number('经度须为数字').min(-180, '经度不正确').max(180, '经度不正确').optional()),
  /** public board radius around lat/lng; default 1000 */
  radiusMeters: queryNumber(z.coerce.number('范围须为数字').int().min(10).max(20000).optional()),
  communityId: Id.optional(),
  /** only this kind of problem (public board) */
  categoryId: Id.optional(),
})

const TicketParams = z.object({ id: Id })

export const RatingBody = z.object({
  stars: z.number('请选择星级').int().min(1, '请选择 1 到 5 颗星').max(5, '请选择 1 到 5 颗星'),
  comment: Text({
    required: '评价须为文字',
    max: 200,
    tooLong: '评价最多 200 个字',
    multiline: true,
  }).default(''),
})

export const ReopenBody = z.object({
  reason: Text({
    required: '请说明原因，至少 5 个字',
    min: 5,
    max: 200,
    tooLong: '原因最多 200 个字',
    multiline: true,
  }),
})

export const endpoints = {
  nearbyTickets: get('/tickets/nearby', {
    summary: '附近约 100 米内同类未办结的问题（提交前查重）',
    access: ALL_ROLES,
    query: NearbyQuery,
    response: ItemList(TicketListItem),
  }),

  createTicket: post('/tickets', {
    status: 201,
    summary: '提交上报（需 Idempotency-Key）',
    access: ALL_ROLES,
    idempotent: true,
    body: CreateTicketBody,
    response: Ticket,
    errors: ['VALIDATION_FAILED', 'OUT_OF_SERVICE_AREA', 'CONFLICT', 'IDEMPOTENCY_MISMATCH'],
  }),

  listTickets: get('/tickets', {
    summary: '我的上报，或附近/社区的公开问题',
    access: ALL_ROLES,
    query: ListQuery,
    response: CursorPage(TicketListItem),
  }),

  getTicket: get('/tickets/:id', {
    summary: '问题详情与完整时间线',
    access: ALL_ROLES,
    params: TicketParams,
    response: Ticket,
    errors: ['NOT_FOUND'],
  }),

  urgeTicket: post('/tickets/:id/urge', {
    idempotent: true,
    summary: '催办（已派单或处理中，24 小时一次）',
    access: ALL_ROLES,
    params: TicketParams,
    response: Ticket,
    errors: ['RATE_LIMITED', 'ILLEGAL_TRANSITION', 'FORBIDDEN'],
  }),

  rateTicket: post('/tickets/:id/rating', {
    idempotent: true,
    summary: '评价已办结的问题（一次）',
    access: ALL_ROLES,
    params: TicketParams,
    body: RatingBody,
    response: Ticket,
    errors: ['ILLEGAL_TRANSITION', 'FORBIDDEN'],
  }),

  reopenTicket: post('/tickets/:id/reopen', {
    idempotent: true,
    summary: '不满意，重新处理（办结后 7 天内）',
    access: ALL_ROLES,
    params: TicketParams,
    body: ReopenBody,
    response: Ticket,
    errors: ['ILLEGAL_TRANSITION', 'FORBIDDEN'],
  }),

  supportTicket: post('/tickets/:id/support', {
    idempotent: true,
    summary: '我也遇到（每人一次）',
    access: ALL_ROLES,
    params: TicketParams,
    response: Ticket,
    errors: ['CONFLICT', 'ILLEGAL_TRANSITION'],
  }),

  addTicketPhotos: post('/tickets/:id/photos', {
    idempotent: true,
    summary: '居民补充照片（上报人或点过“我也遇到”的人，自己上传的照片；每个问题共 9 张）',
    access: ALL_ROLES,
    params: TicketParams,
    body: AddPhotosBody,
    response: Ticket,
    errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'CONFLICT', 'ILLEGAL_TRANSITION'],
  }),
}

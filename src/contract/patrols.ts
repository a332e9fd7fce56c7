import { z } from 'zod'
import { get, GRID_WORKERS, post } from './endpoint'
import { CursorPage, GeoPoint, Id, IsoDateTime, PageQuery } from './common'
import { Text } from './text'
import { TicketSummary } from './tickets'

/* 巡查: a grid worker walks the grid; the track and the hazards found are how the work is assessed. */

/** A sampled position, GCJ-02 like every point of the contract. */
export const TrackPoint = GeoPoint.extend({ at: IsoDateTime })
export type TrackPoint = z.infer<typeof TrackPoint>

export const PatrolSummary = z.object({
  id: Id,
  startedAt: IsoDateTime,
  /** null while the patrol runs */
  finishedAt: IsoDateTime.nullable(),
  /** from start to finish (or to now while running) */
  durationMinutes: z.number().int().nonnegative(),
  /** the sum of the track's segments */
  distanceMeters: z.number().int().nonnegative(),
  /** hazards found = solved on the spot + reported */
  found: z.number().int().nonnegative(),
  solvedOnSpot: z.number().int().nonnegative(),
  reported: z.number().int().nonnegative(),
})
export type PatrolSummary = z.infer<typeof PatrolSummary>

export const Patrol = PatrolSummary.extend({
  track: z.array(TrackPoint),
  /** the tickets of the hazards found, in the order found */
  hazards: z.array(TicketSummary),
})
export type Patrol = z.infer<typeof Patrol>

export const PatrolPointsBody = z.object({
  /** positions sampled since the last batch, oldest first; older than the last kept one are dropped */
  points: z.array(TrackPoint).min(1, '没有位置').max(200, '一次最多 200 个位置'),
})
export type PatrolPointsBody = z.infer<typeof PatrolPointsBody>

/** A hazard found on patrol: 现场解决 (with a photo after) or 上报 (enters the grid's queue accepted). */
export const HazardBody = z
  .object({
    categoryId: Id,
    /** upload ids, taken before */
    photos: z.array(Id).min(1, '请至少拍一张照片').max(9, '最多 9 张照片'),
    location: GeoPoint,
    description: Text({
      required: '说明须为文字',
      max: 200,
      tooLong: '说明最多 200 个字',
      multiline: true,
    }).optional(),
    solved: z.boolean(),
    /** upload ids of photos after the fix; required when solved */
    afterPhotos: z.array(Id).max(9, '最多 9 张照片').optional(),
  })
  .refine((b) => !b.solved || (b.afterPhotos?.length ?? 0) > 0, {
    message: '现场解决请拍一张处理后的照片',
    path: ['afterPhotos'],
  })
export type HazardBody = z.infer<typeof HazardBody>

const Params = z.object({ id: Id })

export const endpoints = {
  startPatrol: post('/patrols', {
    status: 201,
    idempotent: true,
    summary: '开始巡查（同一时间只能有一次进行中的巡查）',
    access: GRID_WORKERS,
    response: Patrol,
    errors: ['CONFLICT', 'FORBIDDEN'],
  }),

  addPatrolPoints: post('/patrols/:id/points', {
    idempotent: true,
    summary: '上传一批巡查轨迹点（定位采样）',
    access: GRID_WORKERS,
    params: Params,
    body: PatrolPointsBody,
    response: PatrolSummary,
    errors: ['VALIDATION_FAILED', 'ILLEGAL_TRANSITION', 'FORBIDDEN', 'NOT_FOUND'],
  }),

  reportHazard: post('/patrols/:id/hazards', {
    status: 201,
    idempotent: true,
    summary: '巡查中发现隐患：现场解决（直接办结）或上报（进入本网格队列，已受理）',
    access: GRID_WORKERS,
    params: Params,
    body: HazardBody,
    response: Patrol,
    errors: ['VALIDATION_FAILED', 'ILLEGAL_TRANSITION', 'FORBIDDEN', 'NOT_FOUND', 'OUT_OF_SERVICE_AREA'],
  }),

  finishPatrol: post('/patrols/:id/finish', {
    idempotent: true,
    summary: '结束巡查',
    access: GRID_WORKERS,
    params: Params,
    response: Patrol,
    errors: ['ILLEGAL_TRANSITION', 'FORBIDDEN', 'NOT_FOUND'],
  }),

  listPatrols: get('/patrols', {
    summary: '我的巡查记录，最新的在前',
    access: GRID_WORKERS,
    query: PageQuery,
    response: CursorPage(PatrolSummary),
  }),

  getPatrol: get('/patrols/:id', {
    summary: '一次巡查：轨迹和发现的隐患',
    access: GRID_WORKERS,
    params: Params,
    response: Patrol,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
}

import { z } from 'zod'
import { ALL_ROLES, get } from './endpoint'
import { GeoPoint, Id } from './common'
import { StatusFilter, TicketStatus } from './tickets'

/** A map asks for one screen or so; a box wider than this is refused rather than answered slowly. */
export const MAX_BBOX_SPAN_DEGREES = 0.3
/** More pins than this in one box are cut, nearest the box's centre first, and flagged. */
export const MAX_MAP_PINS = 5000

const BBOX_FORMAT = '范围格式应为 最小经度,最小纬度,最大经度,最大纬度'

export const BBox = z.object({
  minLng: z.number(),
  minLat: z.number(),
  maxLng: z.number(),
  maxLat: z.number(),
})
export type BBox = z.infer<typeof BBox>

/** `minLng,minLat,maxLng,maxLat` in GCJ-02, the order map libraries use. */
const BBoxParam = z.string(BBOX_FORMAT).transform((raw, ctx) => {
  const parts = raw.split(',')
  const numbers = parts.map((p) => (p.trim() === '' ? NaN : Number(p)))
  if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    ctx.addIssue({ code: 'custom', message: BBOX_FORMAT })
    return z.NEVER
  }
  const [minLng, minLat, maxLng, maxLat] = numbers
  if (minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90) {
    ctx.addIssue({ code: 'custom', message: '范围超出了经纬度的取值' })
    return z.NEVER
  }
  if (minLng >= maxLng || minLat >= maxLat) {
    ctx.addIssue({ code: 'custom', message: '范围的最小值须小于最大值' })
    return z.NEVER
  }
  if (maxLng - minLng > MAX_BBOX_SPAN_DEGREES || maxLat - minLat > MAX_BBOX_SPAN_DEGREES) {
    ctx.addIssue({ code: 'custom', message: '范围太大，请放大地图后再看' })
    return z.NEVER
  }
  return { minLng, minLat, maxLng, maxLat }
})

export const TicketMapQuery = z.object({
  bbox: BBoxParam,
  categoryId: Id.optional(),
  status: StatusFilter.optional(),
})

/** One ticket on the map: no reporter, no text, only what a marker needs. */
export const MapPin = z.object({
  id: Id,
  location: GeoPoint,
  status: TicketStatus,
  categoryId: Id,
  overdue: z.boolean(),
})
export type MapPin = z.infer<typeof MapPin>

export const endpoints = {
  ticketMap: get('/tickets/map', {
    summary: '地图范围内的公开问题（只有位置、状态与分类）',
    access: ALL_ROLES,
    query: TicketMapQuery,
    response: z.object({
      items: z.array(MapPin),
      /** true when the box held more than MAX_MAP_PINS and some were left out */
      truncated: z.boolean(),
    }),
  }),
}

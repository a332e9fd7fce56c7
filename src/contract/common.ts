import { z } from 'zod'
import './messages'
import { queryNumber } from './text'

/** Stable string ids: `u-resident-1`, `cat-road-lamp`, `t-000123` … */
export const Id = z.string().min(1).max(64)
export type Id = z.infer<typeof Id>

/** ISO 8601 with offset, e.g. 2026-11-28T08:30:00+08:00 */
export const IsoDateTime = z.iso.datetime({ offset: true })
export type IsoDateTime = z.infer<typeof IsoDateTime>

/** 11-digit mainland mobile number, as typed by a person */
export const Phone = z.string().regex(/^1\d{10}$/, '请输入 11 位手机号')

/** A phone number as every response shows it: 138****1234 */
export const MaskedPhone = z.string().regex(/^1\d{2}\*{4}\d{4}$/)
export type MaskedPhone = z.infer<typeof MaskedPhone>

/** GCJ-02 coordinates (what WeChat maps and chooseLocation use) */
export const GeoPoint = z.object({
  lat: z.number().min(-90, '纬度不正确').max(90, '纬度不正确'),
  lng: z.number().min(-180, '经度不正确').max(180, '经度不正确'),
})
export type GeoPoint = z.infer<typeof GeoPoint>

export const Role = z.enum(['resident', 'merchant', 'grid_worker'])
export type Role = z.infer<typeof Role>

export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'RATE_LIMITED',
  'INSUFFICIENT_POINTS',
  'OUT_OF_STOCK',
  'IDEMPOTENCY_MISMATCH',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA',
  'OUT_OF_SERVICE_AREA',
  'METHOD_NOT_ALLOWED',
  'INTERNAL',
])
export type ErrorCode = z.infer<typeof ErrorCode>

/** The one error envelope of every non-2xx response */
export const ErrorEnvelope = z.object({
  error: z.object({
    code: ErrorCode,
    /** plain Chinese a resident can read */
    message: z.string(),
    /** request dot paths (`location.lat`, `photos.0`) → Chinese messages */
    fields: z.record(z.string(), z.string()).optional(),
    retryAfterSeconds: z.number().int().nonnegative().optional(),
  }),
  requestId: z.string(),
})
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>

export const PageQuery = z.object({
  /** opaque; pass back what the previous page returned */
  cursor: z.string().max(200).optional(),
  limit: queryNumber(z.coerce.number('条数须为数字').int().min(1).max(50).optional()),
})

/** A whole list in one answer: short lists that are never paged. */
export function ItemList<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) })
}

export function CursorPage<T extends z.ZodType>(item: T) {
  return ItemList(item).extend({ nextCursor: z.string().nullable() })
}

export const Ok = z.object({ ok: z.literal(true) })

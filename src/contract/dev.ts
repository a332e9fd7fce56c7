import { z } from 'zod'
import { get, post } from './endpoint'
import { Id, IsoDateTime, ItemList, Ok, Role } from './common'

/** Mock-only developer endpoints: no token, absent from real backends. */

export const DevUser = z.object({ id: Id, role: Role, nickname: z.string(), description: z.string() })
export type DevUser = z.infer<typeof DevUser>

export const FaultKind = z.enum(['offline', 'slow', 'server_error', 'malformed', 'lost_answer'])
export type FaultKind = z.infer<typeof FaultKind>

export const Clock = z.object({
  now: IsoDateTime,
  /** how far the mock clock runs ahead of real time */
  offsetMinutes: z.number().int(),
})

export const Faults = z.object({ kind: FaultKind.nullable(), remaining: z.number().int().nonnegative() })

export const DevActivityCode = z.object({
  activityId: Id,
  title: z.string(),
  /** what the activity's QR code holds; type it on H5 */
  code: z.string(),
  startAt: IsoDateTime,
  endAt: IsoDateTime,
  checkinOpensAt: IsoDateTime,
  checkoutClosesAt: IsoDateTime,
})
export type DevActivityCode = z.infer<typeof DevActivityCode>

export const endpoints = {
  devUsers: get('/dev/users', {
    summary: '种子用户（切换角色）',
    access: 'dev',
    response: ItemList(DevUser),
  }),

  devReset: post('/dev/reset', {
    summary: '重置数据（清空令牌与幂等记录）',
    access: 'dev',
    response: Ok,
  }),

  devClock: get('/dev/clock', {
    summary: '模拟时钟',
    access: 'dev',
    response: Clock,
  }),

  devAdvanceClock: post('/dev/clock', {
    summary: '拨快模拟时钟',
    access: 'dev',
    body: z.object({
      advanceMinutes: z
        .number('请输入分钟数')
        .int('分钟数须为整数')
        .min(1, '至少拨快 1 分钟')
        .max(60 * 24 * 400, '一次最多拨快 400 天'),
    }),
    response: Clock,
  }),

  devFaults: post('/dev/faults', {
    summary: '为接下来的 N 个请求注入故障',
    access: 'dev',
    body: z.object({
      kind: FaultKind,
      count: z.number().int().min(1, '至少 1 次').max(100, '最多 100 次'),
    }),
    response: Faults,
  }),

  devSeedTickets: post('/dev/seed-tickets', {
    summary: '为当前种子居民批量生成工单（列表基准）',
    access: 'dev',
    body: z.object({ count: z.number().int().min(1).max(5000) }),
    response: z.object({ created: z.number().int() }),
  }),

  devActivityCodes: get('/dev/activity-codes', {
    summary: '每个活动的签到码（开发者面板展示，H5 手动输入）',
    access: 'dev',
    response: ItemList(DevActivityCode),
  }),
}

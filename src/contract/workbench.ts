import { z } from 'zod'
import { Text } from './text'
import { type Endpoint, get, GRID_WORKERS, post } from './endpoint'
import { CursorPage, type ErrorCode, Id, IsoDateTime, ItemList, PageQuery } from './common'
import { LeafCategory } from './reference'
import { Ticket, TicketSummary } from './tickets'

/**
 * Tabs of the workbench queue. pending: waiting for the grid worker (submitted: 受理 / 不予受理 /
 * 合并; accepted: 派单 / 现场办结); dispatched: with a department (dispatched, processing);
 * overdue: past the deadline and not resolved; all: every ticket of the grid.
 */
export const WorkbenchFilter = z.enum(['pending', 'dispatched', 'overdue', 'all'])
export type WorkbenchFilter = z.infer<typeof WorkbenchFilter>

export const WorkbenchQuery = PageQuery.extend({
  /** default all */
  filter: WorkbenchFilter.optional(),
})

const Urges = {
  /** how often the reporter has urged (催办) since the ticket was reported */
  urgeCount: z.number().int().nonnegative(),
  lastUrgedAt: IsoDateTime.nullable(),
}

/** What puts a ticket ahead in the queue besides being overdue: reopened, or waiting past the 受理时限. */
const Attention = {
  /** reopened by the reporter and not resolved again (重办) */
  reopened: z.boolean(),
  /** submitted longer ago than the 受理时限 and still not accepted */
  acceptLate: z.boolean(),
  /** when the 受理时限 runs out; null once accepted (or ended) */
  acceptBy: IsoDateTime.nullable(),
}

/** whole hours past the deadline (超期 N 小时); null when not overdue */
const OverdueHours = z.number().int().nonnegative().nullable()

/**
 * A line of the queue. Tickets that need attention (overdue, waiting past the 受理时限, urged or
 * reopened while still open) come first; then 待处理 oldest first, the other tabs newest first.
 */
export const WorkbenchItem = TicketSummary.extend({
  ...Urges,
  /** the department working on it; null before dispatch */
  departmentName: z.string().nullable(),
  overdueHours: OverdueHours,
  ...Attention,
})
export type WorkbenchItem = z.infer<typeof WorkbenchItem>

/**
 * Who gets the ticket and by when it must be done, if it were dispatched now: the category's
 * department (POST /tickets/:id/dispatch uses it when none is given) and time limit.
 */
export const DispatchPreview = LeafCategory.pick({
  departmentId: true,
  departmentName: true,
  slaHours: true,
}).extend({
  /** now + slaHours */
  deadline: IsoDateTime,
})
export type DispatchPreview = z.infer<typeof DispatchPreview>

/** A ticket as its grid worker sees it: the resident's view plus urges and what the worker may do. */
export const WorkbenchTicket = Ticket.extend({
  ...Urges,
  gridName: z.string(),
  /**
   * The number the reporter left, in full: only the grid worker of the ticket's grid ever gets
   * this view (everyone else sees it masked or not at all). null when none was left.
   */
  reporterPhone: z.string().nullable(),
  ...Attention,
  overdueHours: OverdueHours,
  can: Ticket.shape.can.extend({
    accept: z.boolean(),
    reject: z.boolean(),
    /** there is at least one merge candidate (GET …/merge-candidates) */
    merge: z.boolean(),
    dispatch: z.boolean(),
    /** resolve on the spot (现场办结) */
    resolve: z.boolean(),
    /** 改派: change the category (and with it department and deadline) */
    recategorize: z.boolean(),
    /** 督办: the ticket is overdue with a department and was not chased within the last hour */
    supervise: z.boolean(),
  }),
  /** null when the ticket cannot be dispatched now */
  dispatchPreview: DispatchPreview.nullable(),
})
export type WorkbenchTicket = z.infer<typeof WorkbenchTicket>

/** An open ticket of the same grid close enough to be the same problem. */
export const MergeCandidate = TicketSummary.extend({
  distanceMeters: z.number().int().nonnegative(),
  sameCategory: z.boolean(),
})
export type MergeCandidate = z.infer<typeof MergeCandidate>

/** What a grid worker writes on a ticket (a reason, a note): several lines, at most 200 characters. */
function WorkerText(name: string, required: string, min = 0) {
  return Text({ required, min, max: 200, tooLong: `${name}最多 200 个字`, multiline: true })
}

export const RejectBody = z.object({
  reason: WorkerText('原因', '请填写不予受理的原因', 2),
})
export type RejectBody = z.infer<typeof RejectBody>

export const MergeBody = z.object({
  /** one of GET /workbench/tickets/:id/merge-candidates */
  intoId: Id,
})
export type MergeBody = z.infer<typeof MergeBody>

export const DispatchBody = z.object({
  /** default: the department owning the ticket's category */
  departmentId: Id.optional(),
  note: WorkerText('说明', '说明须为文字').optional(),
})
export type DispatchBody = z.infer<typeof DispatchBody>

export const ResolveBody = z.object({
  note: WorkerText('处理结果', '请填写处理结果', 2),
  /** upload ids of photos taken after the fix, by the grid worker */
  photos: z.array(Id).min(1, '请至少拍一张处理后的照片').max(9, '最多 9 张照片'),
})
export type ResolveBody = z.infer<typeof ResolveBody>

export const RecategorizeBody = z.object({
  /** a leaf category other than the current one */
  categoryId: Id,
  reason: WorkerText('原因', '请填写改派的原因', 2),
})
export type RecategorizeBody = z.infer<typeof RecategorizeBody>

export const SuperviseBody = z.object({
  note: WorkerText('督办说明', '督办说明须为文字').optional(),
})
export type SuperviseBody = z.infer<typeof SuperviseBody>

export const BatchAction = z.enum(['accept', 'dispatch'])
export type BatchAction = z.infer<typeof BatchAction>

export const BatchBody = z.object({
  action: BatchAction,
  ids: z
    .array(Id)
    .min(1, '请至少选择一个问题')
    .max(20, '一次最多处理 20 个问题')
    .refine((ids) => new Set(ids).size === ids.length, '同一个问题选了两次'),
})
export type BatchBody = z.infer<typeof BatchBody>

/** One ticket of a batch: done (with its new queue line) or refused (with the reason), independently. */
export const BatchResult = z.object({
  id: Id,
  ok: z.boolean(),
  item: WorkbenchItem.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
})
export type BatchResult = z.infer<typeof BatchResult>

const TicketParams = z.object({ id: Id })

const ACTION_ERRORS = ['VALIDATION_FAILED', 'ILLEGAL_TRANSITION', 'FORBIDDEN', 'NOT_FOUND'] as const

/**
 * A keyed step a grid worker takes on one ticket of their grid, `POST /tickets/:id/<action>`; it
 * answers the ticket as the workbench shows it.
 */
function ticketAction<const Action extends string, B extends z.ZodType = z.ZodUndefined>(
  action: Action,
  spec: { summary: string; body?: B; errors?: readonly ErrorCode[] },
): Endpoint<typeof TicketParams, z.ZodUndefined, B, typeof WorkbenchTicket, `/tickets/:id/${Action}`> {
  return {
    method: 'POST',
    status: 200,
    path: `/tickets/:id/${action}`,
    idempotent: true,
    access: GRID_WORKERS,
    params: TicketParams,
    response: WorkbenchTicket,
    errors: ACTION_ERRORS,
    ...spec,
  }
}

export const endpoints = {
  workbenchTickets: get('/workbench/tickets', {
    summary: '本网格的问题队列（超期、受理超时、催办、重办的在前；待处理最早的在前，其余最新的在前）',
    access: GRID_WORKERS,
    query: WorkbenchQuery,
    response: CursorPage(WorkbenchItem),
  }),

  workbenchTicket: get('/workbench/tickets/:id', {
    summary: '网格员看到的问题详情：催办次数、可做的操作、派单预览',
    access: GRID_WORKERS,
    params: TicketParams,
    response: WorkbenchTicket,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),

  mergeCandidates: get('/workbench/tickets/:id/merge-candidates', {
    summary: '可合并到的问题：本网格 200 米内未办结的，同类的在前，近的在前',
    access: GRID_WORKERS,
    params: TicketParams,
    response: ItemList(MergeCandidate),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),

  acceptTicket: ticketAction('accept', {
    summary: '受理（上报人得积分）',
    errors: ['ILLEGAL_TRANSITION', 'FORBIDDEN', 'NOT_FOUND'],
  }),
  rejectTicket: ticketAction('reject', { summary: '不予受理（须写原因，上报人能看到）', body: RejectBody }),
  mergeTicket: ticketAction('merge', { summary: '合并到附近相同的问题', body: MergeBody }),
  dispatchTicket: ticketAction('dispatch', {
    summary: '派单到职能部门（默认分类的责任部门），承诺时限自派单起算',
    body: DispatchBody,
  }),
  recategorizeTicket: ticketAction('recategorize', {
    summary: '改派：改成正确的分类，部门和时限随之改变（已派单的重新派给新部门），原因记在进度里',
    body: RecategorizeBody,
  }),
  superviseTicket: ticketAction('supervise', {
    summary: '督办超期的部门（记在进度里，部门随后加快办结）',
    body: SuperviseBody,
    errors: [...ACTION_ERRORS, 'RATE_LIMITED'],
  }),

  batchTickets: post('/workbench/batch', {
    idempotent: true,
    summary: '批量受理或批量派单：每个问题单独成败，结果逐条返回',
    access: GRID_WORKERS,
    body: BatchBody,
    response: z.object({ results: z.array(BatchResult) }),
    errors: ['VALIDATION_FAILED', 'FORBIDDEN'],
  }),

  resolveTicket: ticketAction('resolve', {
    summary: '现场办结（处理结果和至少一张照片）',
    body: ResolveBody,
  }),
}

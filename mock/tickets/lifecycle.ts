import { MAX_ADDED_PHOTOS, type TicketStatus } from '../../src/contract'
import {
  conflict,
  findById,
  forbidden,
  illegalTransition,
  MockError,
  rateLimited,
  validationFailed,
} from '../errors'
import { DEPARTMENTS, findLeafCategory } from '../seed-reference'
import type { StoredActor, StoredEvent, StoredPhoto, StoredTicket } from './model'
import {
  AUTO_CLOSE_AFTER_MS,
  autoCloseAt,
  HOUR_MS,
  isOverdue,
  lastSupervisedAt,
  lastUrgedAt,
  REOPEN_WINDOW_MS,
  slaHoursOf,
  SUPERVISE_INTERVAL_MS,
  URGE_INTERVAL_MS,
} from './rules'
import {
  TRANSITIONS,
  type Action,
  type Actor,
  type Party,
  type PersonActor,
  type Transition,
} from './transitions'

/**
 * The ticket lifecycle engine: pure functions of (ticket, action, actor, now). It never touches
 * the store; a refusal throws a MockError and leaves the ticket as it was.
 */

function personId(actor: Actor): string | null {
  return actor.kind === 'resident' || actor.kind === 'grid_worker' ? actor.userId : null
}

function storedActor(actor: Actor): StoredActor {
  switch (actor.kind) {
    case 'resident':
    case 'grid_worker':
      return { role: actor.kind, userId: actor.userId, name: actor.name }
    case 'department':
      return { role: 'department', userId: null, name: departmentName(actor.departmentId) }
    case 'system':
      return { role: 'system', userId: null, name: null }
  }
}

function departmentName(id: string): string {
  return findById(DEPARTMENTS, id, () => validationFailed({ departmentId: '没有这个部门' })).name
}

function checkParty(t: StoredTicket, by: Party, actor: Actor, rule: Transition): void {
  const person = personId(actor)
  const ok =
    (by === 'reporter' && person === t.reporterId) ||
    (by === 'grid_worker' && actor.kind === 'grid_worker' && actor.gridId === t.gridId) ||
    // not dispatched yet: nobody's to work on, which the status check says in plain words
    (by === 'department' &&
      actor.kind === 'department' &&
      (t.departmentId === null || actor.departmentId === t.departmentId)) ||
    (by === 'system' && actor.kind === 'system') ||
    (by === 'other_person' && person !== null) ||
    (by === 'follower' && person !== null && (person === t.reporterId || t.supporterIds.includes(person)))
  if (!ok) throw forbidden(rule.forbidden)
  if (by === 'other_person') {
    if (person === t.reporterId) throw conflict('这是您自己上报的问题')
    if (person !== null && t.supporterIds.includes(person)) throw conflict('您已经点过“我也遇到”')
  }
}

function requireText(value: string | undefined, field: string, message: string): string {
  const text = (value ?? '').trim()
  if (!text) throw validationFailed({ [field]: message })
  return text
}

function requirePhotos(photos: StoredPhoto[]): StoredPhoto[] {
  if (photos.length === 0) throw validationFailed({ photos: '请至少拍一张处理后的照片' })
  return photos
}

/** What an action changes besides status and timeline; also where action-specific guards live. */
function effect(
  t: StoredTicket,
  action: Action,
  now: number,
): { fields: Partial<StoredTicket>; note: string | null; photos: StoredPhoto[] } {
  const none = { fields: {}, note: null, photos: [] }
  switch (action.type) {
    case 'accept':
    case 'start':
      return { ...none, note: action.note?.trim() || null }
    case 'reject':
      return { ...none, note: requireText(action.reason, 'reason', '请填写不予受理的原因') }
    case 'merge':
      if (action.intoId === t.id) throw illegalTransition('不能把问题合并到它自己')
      return {
        ...none,
        fields: { mergedIntoId: action.intoId },
        note: '附近已有人上报了同一个问题，已合并到一起处理',
      }
    case 'dispatch': {
      const departmentId = action.departmentId ?? findLeafCategory(t.categoryId)?.departmentId ?? ''
      const name = departmentName(departmentId)
      const deadline = now + slaHoursOf(t.categoryId) * HOUR_MS
      const fields = { departmentId, dispatchedAt: now, deadline }
      return { ...none, fields, note: action.note?.trim() || `派单至${name}` }
    }
    case 'resolveOnSpot':
    case 'resolve':
      return {
        fields: { resolvedAt: now },
        note: requireText(action.note, 'note', '请填写处理结果'),
        photos: requirePhotos(action.photos),
      }
    case 'urge': {
      const last = lastUrgedAt(t)
      if (last !== null && now - last < URGE_INTERVAL_MS) {
        const seconds = Math.ceil((last + URGE_INTERVAL_MS - now) / 1000)
        const hours = Math.max(1, Math.ceil(seconds / 3600))
        throw rateLimited(seconds, `24 小时内只能催办一次，请 ${hours} 小时后再试`)
      }
      return none
    }
    case 'rate':
      if (!Number.isInteger(action.stars) || action.stars < 1 || action.stars > 5)
        throw validationFailed({ stars: '请选择 1 到 5 颗星' })
      return {
        ...none,
        fields: { rating: { stars: action.stars, comment: action.comment.trim() } },
        note: action.comment.trim() || null,
      }
    case 'reopen':
      if (t.resolvedAt === null || now >= t.resolvedAt + REOPEN_WINDOW_MS)
        throw illegalTransition('办结已超过 7 天，不能再申请重新处理')
      return {
        ...none,
        // back to the grid worker: a new dispatch sets a new department and deadline
        fields: { resolvedAt: null, rating: null, departmentId: null, dispatchedAt: null, deadline: null },
        note: requireText(action.reason, 'reason', '请说明原因'),
      }
    case 'support':
      return none
    case 'addPhotos':
      return {
        ...none,
        note: `补充了 ${action.photos.length} 张现场照片`,
        photos: checkAddedPhotos(t, action.photos),
      }
    case 'recategorize':
      return recategorize(t, action, now)
    case 'supervise': {
      if (!isOverdue(t, now)) throw illegalTransition('还没有超过承诺时限，不用督办')
      const last = lastSupervisedAt(t)
      if (last !== null && now - last < SUPERVISE_INTERVAL_MS) {
        const seconds = Math.ceil((last + SUPERVISE_INTERVAL_MS - now) / 1000)
        throw rateLimited(seconds, '1 小时内已经督办过，请稍后再督办')
      }
      const note = action.note?.trim()
      return { ...none, note: `已督办${departmentName(t.departmentId ?? '')}${note ? `：${note}` : ''}` }
    }
    case 'autoClose':
      if (t.resolvedAt === null || now < t.resolvedAt + AUTO_CLOSE_AFTER_MS)
        throw illegalTransition('办结未满 7 天，还不能自动归档')
      return { ...none, note: '办结 7 天未评价，系统自动归档' }
  }
}

/** 居民补充: photos not on the ticket yet, and no more than MAX_ADDED_PHOTOS added in all. */
function checkAddedPhotos(t: StoredTicket, photos: StoredPhoto[]): StoredPhoto[] {
  if (photos.length === 0) throw validationFailed({ photos: '请至少选一张照片' })
  const onTicket = new Set(t.timeline.flatMap((e) => e.photos.map((p) => p.id)))
  const twice = photos.findIndex((p) => onTicket.has(p.id))
  if (twice >= 0) throw validationFailed({ [`photos.${twice}`]: '这张照片已经在这个问题里了' })
  const added = t.timeline.filter((e) => e.kind === 'photos_added').reduce((n, e) => n + e.photos.length, 0)
  const left = MAX_ADDED_PHOTOS - added
  if (photos.length > left)
    throw conflict(
      left > 0
        ? `这个问题还能补充 ${left} 张照片，请少选几张`
        : `这个问题的补充照片已满 ${MAX_ADDED_PHOTOS} 张，不能再补充了`,
    )
  return photos
}

/** 改派: the category changes; once dispatched, the new category's department starts afresh. */
function recategorize(
  t: StoredTicket,
  action: Extract<Action, { type: 'recategorize' }>,
  now: number,
): { fields: Partial<StoredTicket>; note: string; photos: StoredPhoto[] } {
  const leaf = findLeafCategory(action.categoryId)
  if (!leaf) throw validationFailed({ categoryId: '请选择具体的问题类别' })
  if (action.categoryId === t.categoryId) throw validationFailed({ categoryId: '和原来的分类一样，不用改派' })
  const reason = requireText(action.reason, 'reason', '请填写改派的原因')
  const from = findLeafCategory(t.categoryId)?.name ?? '其他'
  const withDepartment = t.status === 'dispatched' || t.status === 'processing'
  const fields: Partial<StoredTicket> = withDepartment
    ? {
        categoryId: leaf.id,
        departmentId: leaf.departmentId,
        dispatchedAt: now,
        deadline: now + leaf.slaHours * HOUR_MS,
      }
    : { categoryId: leaf.id }
  const to = withDepartment ? `，改派至${leaf.departmentName}` : ''
  return { fields, note: `分类由「${from}」改为「${leaf.name}」${to}。原因：${reason}`, photos: [] }
}

/** The new ticket after `action` by `actor` at `now`, or a MockError (the ticket is untouched). */
export function apply(ticket: StoredTicket, action: Action, actor: Actor, now: number): StoredTicket {
  const rule = TRANSITIONS[action.type]
  checkParty(ticket, rule.by, actor, rule)
  if (!rule.from.includes(ticket.status)) throw illegalTransition(rule.refusal(ticket))
  const { fields, note, photos } = effect(ticket, action, now)
  const status = rule.to ?? ticket.status
  const person = personId(actor)
  const event: StoredEvent = { kind: rule.event, at: now, actor: storedActor(actor), status, note, photos }
  return {
    ...ticket,
    ...fields,
    status,
    supporterIds:
      action.type === 'support' && person ? [...ticket.supporterIds, person] : ticket.supporterIds,
    updatedAt: now,
    timeline: [...ticket.timeline, event],
  }
}

/**
 * The time-driven step: a resolved ticket nobody rated closes 7 days after resolution, dated
 * when it became due (not when someone happened to look). Returns the same object when nothing is due.
 */
export function settle(ticket: StoredTicket, now: number): StoredTicket {
  const closeAt = autoCloseAt(ticket)
  return closeAt !== null && closeAt <= now
    ? apply(ticket, { type: 'autoClose' }, { kind: 'system' }, closeAt)
    : ticket
}

/** Whether apply() would succeed: how `can` of a ticket view is decided, so it never disagrees. */
export function canApply(ticket: StoredTicket, action: Action, actor: Actor, now: number): boolean {
  try {
    apply(ticket, action, actor, now)
    return true
  } catch (e) {
    if (e instanceof MockError) return false
    throw e
  }
}

export type NewTicket = Omit<
  StoredTicket,
  | 'status'
  | 'timeline'
  | 'updatedAt'
  | 'departmentId'
  | 'dispatchedAt'
  | 'deadline'
  | 'resolvedAt'
  | 'rating'
  | 'mergedIntoId'
  | 'supporterIds'
>

/** The first event of every ticket: the reporter submits it. */
export function submit(draft: NewTicket, actor: PersonActor): StoredTicket {
  const event: StoredEvent = {
    kind: 'submitted',
    at: draft.createdAt,
    actor: storedActor(actor),
    status: 'submitted',
    note: null,
    photos: draft.photos,
  }
  return {
    ...draft,
    status: 'submitted',
    updatedAt: draft.createdAt,
    departmentId: null,
    dispatchedAt: null,
    deadline: null,
    resolvedAt: null,
    rating: null,
    mergedIntoId: null,
    supporterIds: [],
    timeline: [event],
  }
}

/**
 * Rebuilds the status from a timeline by walking the transition table; throws on a timeline
 * the lifecycle could not have produced (an event from the wrong status, time running back).
 */
export function replay(events: readonly StoredEvent[]): TicketStatus {
  const [first, ...rest] = events
  if (!first || first.kind !== 'submitted' || first.status !== 'submitted')
    throw new Error('时间线必须从“提交上报”开始')
  let status: TicketStatus = 'submitted'
  let at = first.at
  for (const e of rest) {
    const rule = Object.values(TRANSITIONS).find((r) => r.event === e.kind && r.from.includes(status))
    if (!rule) throw new Error(`时间线不连贯：${status} 之后不能有 ${e.kind}`)
    if (e.at < at) throw new Error(`时间线倒流：${e.kind}`)
    status = rule.to ?? status
    at = e.at
    if (e.status !== status) throw new Error(`时间线记录的状态 ${e.status} 与推算的 ${status} 不符`)
  }
  return status
}
